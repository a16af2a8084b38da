package io.shixiao.enrolment.application;

import java.util.List;

/**
 * One table of the county's acceptance report (验收表), shown on the page, written as an Excel sheet and
 * laid out in the PDF from the same rows.
 *
 * @param title the sheet's and the section's name, e.g. 参保情况
 * @param headers the column headings
 * @param rows the cells, text or numbers
 * @param note a line under the table (its reading, its source), blank for none
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows, String note) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
    }
}
