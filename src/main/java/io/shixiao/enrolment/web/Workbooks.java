package io.shixiao.enrolment.web;

import io.shixiao.enrolment.application.HouseholdImports;
import io.shixiao.enrolment.domain.ImportColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The household template and the refused-rows workbook, columns in the template's order. */
final class Workbooks {

    private Workbooks() {}

    /** The header row, with every column formatted as text so ID and account numbers keep their digits. */
    static byte[] template() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("农户清单");
            CellStyle text = textStyle(workbook);
            Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refused rows: 行号, 出错列, 原因, then the cells as read. */
    static byte[] rejected(List<HouseholdImports.RejectedRow> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("未导入行");
            CellStyle text = textStyle(workbook);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("原行号");
            header.createCell(1).setCellValue("出错列");
            header.createCell(2).setCellValue("原因");
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(3 + i).setCellValue(columns[i].header());
            }
            int r = 1;
            for (HouseholdImports.RejectedRow rejected : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rejected.row());
                row.createCell(1).setCellValue(rejected.column());
                row.createCell(2).setCellValue(rejected.reason());
                for (int i = 0; i < rejected.cells().size(); i++) {
                    var cell = row.createCell(3 + i);
                    cell.setCellStyle(text);
                    cell.setCellValue(rejected.cells().get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle textStyle(SXSSFWorkbook workbook) {
        CellStyle text = workbook.createCellStyle();
        DataFormat format = workbook.createDataFormat();
        text.setDataFormat(format.getFormat("@"));
        return text;
    }
}
