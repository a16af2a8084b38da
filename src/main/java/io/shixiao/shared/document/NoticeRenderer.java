package io.shixiao.shared.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders notices as PDF: either a {@link Notice} through the generic template {@code
 * templates/document/notice.html}, or a module's own Thymeleaf template, whose labels come from the
 * module's message bundle in the given locale. Either way the page is laid out by {@link
 * PdfDocuments} with the bundled font.
 */
@Component
public class NoticeRenderer {

    static final String NOTICE_TEMPLATE = "document/notice";

    private static final String[] CHINESE_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final ITemplateEngine templates;

    public NoticeRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of {@code notice}, its fixed words (page numbers) in {@code locale}. */
    public byte[] render(Notice notice, Locale locale) {
        List<String> numbers = new ArrayList<>();
        for (int number = 1; number <= notice.sections().size(); number++) {
            numbers.add(sectionNumber(number, locale));
        }
        return render(NOTICE_TEMPLATE, Map.of("notice", notice, "sectionNumbers", numbers), locale);
    }

    /**
     * The PDF of a Thymeleaf template (a name such as {@code claims/denial-notice}, resolved like a
     * page's) processed with {@code variables} in {@code locale}.
     */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        return PdfDocuments.fromHtml(templates.process(template, new Context(locale, variables)));
    }

    /** Chinese notices number their parts 一、二、…; other languages 1. 2. … */
    static String sectionNumber(int number, Locale locale) {
        if (!"zh".equals(locale.getLanguage()) || number >= 100) {
            return number + ".";
        }
        int tens = number / 10;
        int units = number % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : CHINESE_DIGITS[tens]) + "十";
        String unitsPart = units == 0 && tens > 0 ? "" : CHINESE_DIGITS[units];
        return tensPart + unitsPart + "、";
    }
}
