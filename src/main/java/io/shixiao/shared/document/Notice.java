package io.shixiao.shared.document;

import java.util.List;

/**
 * A notice to a customer or a report on paper, as {@link NoticeRenderer} lays it out on A4: the title,
 * a reference line, the addressee, numbered sections of paragraphs and label/value tables, the
 * clauses it relies on and the closing lines. It knows nothing of what the notice is about; a module
 * fills it from its own messages.
 *
 * @param title centred at the top, e.g. 拒赔通知书
 * @param reference identifies the case under the title and in every page's footer, e.g. 赔案号：…;
 *     blank for none
 * @param addressee the salutation line, e.g. 张三 先生/女士; blank for none
 * @param sections numbered 一、二、… (1. 2. … in other languages) in this order
 * @param citation the clauses the notice rests on, e.g. 依据《中华人民共和国保险法》第二十四条; blank for
 *     none
 * @param closing right-aligned lines at the end, usually the issuer and the date
 */
public record Notice(
        String title,
        String reference,
        String addressee,
        List<Section> sections,
        String citation,
        List<String> closing) {

    public Notice {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notice needs a title");
        }
        reference = reference == null ? "" : reference;
        addressee = addressee == null ? "" : addressee;
        sections = sections == null ? List.of() : List.copyOf(sections);
        citation = citation == null ? "" : citation;
        closing = closing == null ? List.of() : List.copyOf(closing);
    }

    /**
     * One numbered part of a notice: paragraphs, then a table of label/value rows.
     *
     * @param heading printed after the section's number
     * @param paragraphs printed in order, each as its own paragraph
     * @param rows printed as a two-column table under the paragraphs; empty for none
     */
    public record Section(String heading, List<String> paragraphs, List<Row> rows) {

        public Section {
            if (heading == null || heading.isBlank()) {
                throw new IllegalArgumentException("A section needs a heading");
            }
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        /** A section of paragraphs only. */
        public static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of());
        }

        /** A section that is a table only. */
        public static Section table(String heading, Row... rows) {
            return new Section(heading, List.of(), List.of(rows));
        }
    }

    /**
     * One line of a section's table.
     *
     * @param label the left column, e.g. 赔款金额
     * @param value the right column, e.g. ¥12,345.67
     */
    public record Row(String label, String value) {

        public Row {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }
}
