package io.shixiao.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typeface bundled with the application, so that a PDF comes out the same on a server with no
 * fonts installed: Noto Sans SC 2.004 (SIL Open Font License 1.1, {@code fonts/OFL.txt}) in two
 * TrueType subsets cut once with fontTools — the regular face with every character of GB 2312 and
 * GBK, the bold face with GB 2312 only (bold text falls back to the regular face for the rest). How
 * they were cut is in {@code docs/pdf-notices.md}.
 */
public final class DocumentFont {

    /** The CSS {@code font-family} under which both faces are registered. */
    public static final String FAMILY = "Noto Sans SC";

    private static final DocumentFont BUNDLED =
            new DocumentFont(read("fonts/NotoSansSC-Regular.ttf"), read("fonts/NotoSansSC-Bold.ttf"));

    private final byte[] regular;
    private final byte[] bold;
    private final BitSet printable;

    private DocumentFont(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
        try (TrueTypeFont face = parse(regular)) {
            this.printable = basicPlaneCoverage(face);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font cannot be parsed", e);
        }
    }

    /** The faces packaged in the application jar, read once. */
    public static DocumentFont bundled() {
        return BUNDLED;
    }

    /**
     * The characters of {@code text} that the regular face has no glyph for, each once, in order of
     * appearance; whitespace and control characters are not drawn and never listed. A module checks
     * user input with this before it reaches a notice, since a name with such a character cannot be
     * printed.
     */
    public List<String> unprintableCharacters(CharSequence text) {
        Set<String> unprintable = new LinkedHashSet<>();
        text.codePoints()
                .filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint))
                .filter(codePoint -> !printable.get(codePoint))
                .forEach(codePoint -> unprintable.add(Character.toString(codePoint)));
        return List.copyOf(unprintable);
    }

    InputStream regularFace() {
        return new ByteArrayInputStream(regular);
    }

    InputStream boldFace() {
        return new ByteArrayInputStream(bold);
    }

    /** The regular face parsed anew, for a reader that keeps it; the caller closes it. */
    TrueTypeFont regularTrueTypeFont() {
        try {
            return parse(regular);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font cannot be parsed", e);
        }
    }

    private static TrueTypeFont parse(byte[] face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(face));
    }

    /** The subsets hold basic-plane characters only, so a bit per basic-plane code point suffices. */
    private static BitSet basicPlaneCoverage(TrueTypeFont face) throws IOException {
        CmapLookup cmap = face.getUnicodeCmapLookup();
        BitSet covered = new BitSet(Character.MIN_SUPPLEMENTARY_CODE_POINT);
        for (int codePoint = 0; codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT; codePoint++) {
            if (cmap.getGlyphId(codePoint) > 0) {
                covered.set(codePoint);
            }
        }
        return covered;
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + resource + " cannot be read", e);
        }
    }
}
