package io.shixiao.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The bundled faces cover the national character sets that names and addresses are written in. */
class DocumentFontTests {

    static final DocumentFont font = DocumentFont.bundled();

    @Test
    void theRegularFaceDrawsEveryCharacterOfGb2312() {
        assertThat(font.unprintableCharacters(everyDoubleByteCharacterOf("GB2312", 0xA1, 0xF7, 0xA1, 0xFE)))
                .isEmpty();
    }

    @Test
    void theRegularFaceDrawsEveryCharacterOfGbkButTheOneNotoSansScLacks() {
        // ≒ (U+2252) is not in Noto Sans SC itself; every Chinese character of GBK is.
        assertThat(font.unprintableCharacters(everyDoubleByteCharacterOf("GBK", 0x81, 0xFE, 0x40, 0xFE)))
                .containsExactly("≒");
    }

    @Test
    void theBoldFaceDrawsEveryCharacterOfGb2312() throws IOException {
        String gb2312 = everyDoubleByteCharacterOf("GB2312", 0xA1, 0xF7, 0xA1, 0xFE);
        try (TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(font.boldFace()))) {
            CmapLookup cmap = bold.getUnicodeCmapLookup();
            assertThat(gb2312.codePoints()
                            .filter(codePoint -> cmap.getGlyphId(codePoint) == 0)
                            .toArray())
                    .isEmpty();
        }
    }

    @Test
    void digitsLatinLettersAndTheMarksOfAmountsAndDatesArePrintable() {
        assertThat(font.unprintableCharacters("ABCxyz 0123456789 ¥￥$€,.%:：（）《》、。，；“”‘’—…№①⑩ 2026年10月8日"))
                .isEmpty();
    }

    @Test
    void unprintableCharactersAreNamedOnceInOrderAndSpacesAreNotAmongThem() {
        assertThat(font.unprintableCharacters("王𠀀\t李😀\n张𠀀 ")).containsExactly("𠀀", "😀");
    }

    /**
     * Every character that a two-byte code of {@code charset} in the given lead and trail ranges decodes
     * to, less the private-use characters that Java maps GBK's user-defined areas to.
     */
    private static String everyDoubleByteCharacterOf(
            String charset, int firstLead, int lastLead, int firstTrail, int lastTrail) {
        CharsetDecoder decoder = Charset.forName(charset)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder characters = new StringBuilder();
        for (int lead = firstLead; lead <= lastLead; lead++) {
            for (int trail = firstTrail; trail <= lastTrail; trail++) {
                try {
                    String character = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}))
                            .toString();
                    if (Character.getType(character.codePointAt(0)) != Character.PRIVATE_USE) {
                        characters.append(character);
                    }
                } catch (CharacterCodingException unassigned) {
                    // Codes that the standard leaves empty.
                }
            }
        }
        assertThat(characters.length()).as("characters of " + charset).isGreaterThan(7000);
        return characters.toString();
    }
}
