package io.shixiao.shared.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lays out an HTML page as a tagged PDF (for screen readers) with the {@linkplain DocumentFont bundled
 * font}, embedded as a subset. The page is parsed as HTML5, so a Thymeleaf template in the house style
 * (unclosed {@code <meta>}, {@code <br>}) is accepted. Its CSS names {@link DocumentFont#FAMILY}; any
 * other family falls back to it. Nothing outside the page is fetched: images, style sheets and fonts
 * by URL are refused, so a page carries its CSS inline.
 *
 * <p>Loading this class points PDFBox's font lookup at the bundled font for the whole application (see
 * {@link BundledFontMapper}), so no PDF work here ever scans the system's fonts.
 */
public final class PdfDocuments {

    /** The language of a page that does not name one: notices are Chinese first. */
    static final String DEFAULT_LANGUAGE = "zh-CN";

    private static final float PDF_VERSION = 1.7f;

    static {
        FontMappers.set(new BundledFontMapper(DocumentFont.bundled().regularTrueTypeFont()));
    }

    private PdfDocuments() {}

    /**
     * The PDF of {@code html}, whose {@code <title>} becomes the document's title (and its description,
     * unless a {@code <meta name="subject">} gives one) and whose {@code lang} its language, Chinese
     * unless named.
     *
     * @throws IllegalArgumentException if the page has no title, or has characters that the bundled font
     *     cannot draw (named in the message) rather than printing them as boxes
     */
    public static byte[] fromHtml(String html) {
        Document page = Jsoup.parse(html);
        checkPrintable(page);
        describe(page);
        DocumentFont font = DocumentFont.bundled();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfVersion(PDF_VERSION)
                .withProducer("Shixiao")
                // Tagged for screen readers; this also keeps openhtmltopdf from loading the standard-14
                // fonts, which are not embedded and have no Chinese.
                .usePdfUaAccessibility(true)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useFont(font::regularFace, DocumentFont.FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(font::boldFace, DocumentFont.FAMILY, 700, FontStyle.NORMAL, true)
                // Registered once more as the last resort, for any other family and for bold characters
                // outside GB 2312, which the bold subset lacks; openhtmltopdf puts a font registered for
                // both uses in the fallback group only, hence twice.
                .useFont(
                        font::regularFace,
                        DocumentFont.FAMILY,
                        400,
                        FontStyle.NORMAL,
                        true,
                        EnumSet.of(FSFontUseCase.FALLBACK_FINAL))
                .withW3cDocument(new W3CDom().fromJsoup(page), null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    private static void checkPrintable(Document page) {
        List<String> unprintable =
                DocumentFont.bundled().unprintableCharacters(page.body().wholeText());
        if (!unprintable.isEmpty()) {
            String named = unprintable.stream()
                    .map(character -> character + String.format(" (U+%04X)", character.codePointAt(0)))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "The bundled font has no glyph for " + named + "; the PDF would show boxes");
        }
    }

    /** The title, language and description that a tagged PDF must carry. */
    private static void describe(Document page) {
        if (page.title().isBlank()) {
            throw new IllegalArgumentException("The page has no <title>, which a PDF needs as its document title");
        }
        Element root = page.selectFirst("html");
        if (root != null && !root.hasAttr("lang")) {
            root.attr("lang", DEFAULT_LANGUAGE);
        }
        // openhtmltopdf takes the PDF's description (its Subject) from this meta element.
        if (page.selectFirst("meta[name=subject]") == null) {
            page.head().appendElement("meta").attr("name", "subject").attr("content", page.title());
        }
    }
}
