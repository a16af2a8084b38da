package io.shixiao.shared.document;

import static io.shixiao.shared.document.NoticeFixtures.NAME_OUTSIDE_GB2312;
import static io.shixiao.shared.document.NoticeFixtures.RARE_CHARACTERS_SENTENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.shared.document.Notice.Section;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notices come out as PDFs whose text can be copied back exactly and whose pages draw real glyphs,
 * using only the bundled font, as on a server with no fonts installed.
 */
class NoticeRendererTests {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Path PICTURES = Path.of("target", "pdf-notices");

    static final NoticeRenderer renderer = NoticeRenderers.withBundles("i18n/documenttest");

    @Test
    void aNoticeGivesBackItsChineseTextDigitsAmountAndDateExactly() {
        byte[] pdf = renderer.render(NoticeFixtures.aDenialNotice(), CHINESE);

        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("拒赔通知书")
                .contains("赔案号：PDAA202633010000012345")
                .contains("一、拒赔理由")
                .contains("二、被保险人王喆的案件信息")
                .contains("三、救济途径")
                .contains("申请赔款金额 ¥12,345.67")
                .contains("出险日期 2026年9月27日")
                .contains("2026年10月8日")
                .doesNotContain("#");
        assertThat(PdfText.withoutWhitespace(pdf))
                .contains(RARE_CHARACTERS_SENTENCE)
                .contains("依据《中华人民共和国保险法》第二十四条：保险人作出不属于保险责任的核定后，应当自作出核定之日起三日内发出拒绝赔偿保险金通知书，并说明理由。");
    }

    @Test
    void aBoldHeadingDrawsACharacterOutsideGb2312WithTheRegularFace() {
        assertThat(Charset.forName("GB2312").newEncoder().canEncode(NAME_OUTSIDE_GB2312))
                .isFalse();

        byte[] pdf = renderer.render(NoticeFixtures.aDenialNotice(), CHINESE);

        assertThat(PdfText.of(pdf)).contains("被保险人" + NAME_OUTSIDE_GB2312 + "的案件信息");
    }

    @Test
    void everyFontInTheNoticeIsABundledFaceEmbeddedAsASubset() throws IOException {
        byte[] pdf = renderer.render(NoticeFixtures.aDenialNotice(), CHINESE);

        List<PDFont> fonts = fontsOfEveryPage(pdf);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
        });
        // A subset of the glyphs used, not the 7.6 MB face.
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void pdfboxIsAnsweredWithTheBundledFaceWheneverItLooksForAFontSoItNeverScansTheSystem() throws IOException {
        renderer.render(NoticeFixtures.aDenialNotice(), CHINESE);

        assertThat(FontMappers.instance()).isInstanceOf(BundledFontMapper.class);
        FontMapping<FontBoxFont> helvetica = FontMappers.instance().getFontBoxFont("Helvetica", null);
        assertThat(helvetica.getFont().getName()).isEqualTo("NotoSansSC-Regular");
        assertThat(helvetica.isFallback()).isFalse();
    }

    @Test
    void theFirstPageDrawsGlyphsAndIsLeftAsAPngToLookAt() throws IOException {
        byte[] pdf = renderer.render(NoticeFixtures.aDenialNotice(), CHINESE);

        BufferedImage page = PdfPageImages.writeFirstPage(pdf, 110, PICTURES.resolve("denial-notice.png"));
        Files.write(PICTURES.resolve("denial-notice.pdf"), pdf);

        assertThat(page.getWidth()).isBetween(900, 920); // A4 at 110 dpi
        assertThat(PdfPageImages.inkCoverage(page)).isBetween(0.01, 0.2);
    }

    @Test
    void aLongNoticeRunsOntoFurtherPagesThatCountThemselves() throws IOException {
        byte[] pdf = renderer.render(NoticeFixtures.aNoticeWithSections(30), CHINESE);

        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(1);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("二十九、第29项说明")
                .contains("第 1 页，共 " + pages + " 页")
                .contains("第 " + pages + " 页，共 " + pages + " 页");
    }

    @Test
    void anEnglishNoticeNumbersItsSectionsAndPagesInEnglish() {
        Notice notice = new Notice(
                "Claim receipt",
                "Claim PDAA2026",
                "",
                List.of(Section.of("Received", "We received your claim.")),
                "",
                List.of());

        String text = PdfText.of(renderer.render(notice, Locale.ENGLISH));

        assertThat(text).contains("1.Received").contains("Page 1 of 1");
    }

    @Test
    void aModuleTemplateInTheHouseStyleIsRenderedWithItsOwnMessages() {
        byte[] pdf = renderer.render(
                "documenttest/receipt",
                Map.of("claimNumber", "PDAA202633010000012345", "amount", "¥12,345.67"),
                CHINESE);

        assertThat(PdfText.of(pdf))
                .contains("理赔申请回执")
                .contains("赔案号 PDAA202633010000012345")
                .contains("¥12,345.67");
    }

    @Test
    void aCharacterTheFontCannotDrawIsRefusedByNameInsteadOfPrintedAsABox() {
        Notice notice = new Notice("回执", "", "", List.of(Section.of("说明", "生僻字𠀀与表情😀")), "", List.of());

        assertThatThrownBy(() -> renderer.render(notice, CHINESE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("𠀀 (U+20000)")
                .hasMessageContaining("😀 (U+1F600)");
    }

    @Test
    void aPageFetchesNothingFromOutsideItself() throws IOException {
        Path image = PICTURES.resolve("outside-image.png").toAbsolutePath();
        PdfPageImages.writeFirstPage(renderer.render(NoticeFixtures.aDenialNotice(), CHINESE), 20, image);
        String html = "<html><head><title>外部资源</title><link rel=\"stylesheet\" href=\""
                + image.getParent().toUri() + "missing.css\"></head>"
                + "<body style=\"font-family: 'Noto Sans SC'\"><p>外部图片</p><img src=\"" + image.toUri()
                + "\"></body></html>";

        byte[] pdf = PdfDocuments.fromHtml(html);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<COSName> images = new ArrayList<>();
            resources.getXObjectNames().forEach(images::add);
            assertThat(images).isEmpty();
        }
        assertThat(PdfText.of(pdf)).contains("外部图片");
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "1, zh, 一、",
        "9, zh, 九、",
        "10, zh, 十、",
        "11, zh, 十一、",
        "20, zh, 二十、",
        "23, zh, 二十三、",
        "99, zh, 九十九、",
        "100, zh, 100.",
        "3, en, 3."
    })
    void sectionsAreNumberedInChineseNumeralsForChineseAndInDigitsOtherwise(
            int number, String language, String expected) {
        assertThat(NoticeRenderer.sectionNumber(number, Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @Test
    void aNoticeWithoutATitleIsRefused() {
        assertThatThrownBy(() -> new Notice(" ", "", "", List.of(), "", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<PDFont> fontsOfEveryPage(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
        }
        return fonts;
    }
}
