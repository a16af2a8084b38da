package io.shixiao.shared.document;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers every font that PDFBox looks for outside a PDF with the bundled regular face, so that PDFBox
 * never scans the system's fonts. openhtmltopdf creates Helvetica and ZapfDingbats for form controls
 * in every document, used or not; PDFBox's own mapper would then scan every font folder of the machine
 * (seconds where many are installed) and, where none is, log a fallback warning for each document. The
 * bundled face is the only font this application means to use, so it is not reported as a fallback; a
 * PDF from elsewhere whose fonts are not embedded is drawn with it too, which suits Chinese text.
 */
final class BundledFontMapper implements FontMapper {

    private final TrueTypeFont face;

    BundledFontMapper(TrueTypeFont face) {
        this.face = face;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, face, false);
    }
}
