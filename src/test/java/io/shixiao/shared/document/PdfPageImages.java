package io.shixiao.shared.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a PDF page to an image with PDFBox alone (embedded fonts only, no system fonts), so a test
 * can count ink and a person can look at the PNG it leaves under {@code target/}.
 */
public final class PdfPageImages {

    private PdfPageImages() {}

    /** Page 1 at {@code dpi}. */
    public static BufferedImage firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a renderable PDF", e);
        }
    }

    /** Writes page 1 at {@code dpi} to {@code png}, creating its folder, and returns the image. */
    public static BufferedImage writeFirstPage(byte[] pdf, float dpi, Path png) {
        BufferedImage image = firstPage(pdf, dpi);
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + png, e);
        }
        return image;
    }

    /** The share of pixels darker than mid-grey: zero for a blank page. */
    public static double inkCoverage(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
