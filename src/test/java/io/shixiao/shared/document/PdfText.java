package io.shixiao.shared.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader would copy out of a PDF, for tests that check what a document says. */
public final class PdfText {

    private PdfText() {}

    /**
     * Every page's text as laid out, top to bottom and left to right, lines separated by line breaks.
     * Sorting by position puts generated text (page numbers, drawn after the page body) where it shows.
     */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /** The text with all whitespace removed, for phrases that a line break may split. */
    public static String withoutWhitespace(byte[] pdf) {
        return of(pdf).replaceAll("\\s+", "");
    }
}
