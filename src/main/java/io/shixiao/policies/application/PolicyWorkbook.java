package io.shixiao.policies.application;

import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The import spreadsheet: its columns (a header row in Chinese with the field name), the empty template,
 * a streaming reader that holds one row at a time (a 100,000-row file is read in constant memory) and the
 * row-level error report. Dates are real Excel dates or text {@code 2026-03-01}; ID numbers must be text
 * (18 digits do not survive as a number).
 */
public final class PolicyWorkbook {

    /** The columns in order: header shown, field of {@link PolicyRow}. */
    public static final List<String[]> COLUMNS = List.of(
            new String[] {"保单号", "policyNo"},
            new String[] {"险类", "productLine"},
            new String[] {"出单机构代码", "issuingUnitCode"},
            new String[] {"保险起期", "firstDay"},
            new String[] {"保险止期", "lastDay"},
            new String[] {"保费", "premium"},
            new String[] {"投保人", "holderName"},
            new String[] {"投保人身份证号", "holderIdNumber"},
            new String[] {"被保险人", "insuredName"},
            new String[] {"被保险人身份证号", "insuredIdNumber"},
            new String[] {"被保险人手机号", "insuredMobile"},
            new String[] {"号牌", "plate"},
            new String[] {"车架号", "vin"},
            new String[] {"厂牌型号", "vehicleModel"},
            new String[] {"标的地址", "address"},
            new String[] {"行政区划代码", "divisionCode"},
            new String[] {"交强险", "ctpl"},
            new String[] {"三者险保额", "thirdPartySumInsured"},
            new String[] {"三者险免赔额", "thirdPartyDeductible"},
            new String[] {"车损险保额", "vehicleDamageSumInsured"},
            new String[] {"车损险免赔额", "vehicleDamageDeductible"},
            new String[] {"财产保额", "propertySumInsured"},
            new String[] {"财产免赔额", "propertyDeductible"},
            new String[] {"需送达", "deliveryRequired"});

    /** Rows kept in memory while writing a workbook. */
    private static final int WINDOW = 200;

    private PolicyWorkbook() {}

    /** One data row read: its row number as Excel shows it, the policy fields, and cells that did not parse. */
    public record ReadRow(int rowNo, PolicyRow row, List<FieldProblem> problems) {}

    /**
     * Reads the first sheet of {@code file}, handing each data row to {@code sink}; answers the number of
     * data rows. Refuses a file that is not an .xlsx workbook or whose header is not the template's.
     */
    public static int read(Path file, Consumer<ReadRow> sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("file", "工作簿中没有工作表");
            }
            RowCollector collector = new RowCollector(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, strings, collector, new IsoFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!collector.headerSeen) {
                throw new InvalidInputException("file", "工作表为空：第一行应为模板的表头");
            }
            return collector.dataRows;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new InvalidInputException("file", "文件不是有效的 Excel 工作簿（.xlsx）");
        }
    }

    /** The empty template with the header row and text-formatted columns for numbers that are really text. */
    public static void writeTemplate(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet("保单");
            CellStyle bold = boldStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i)[0] + " " + COLUMNS.get(i)[1]);
                cell.setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** Writes rows of policies (benchmarks and tests build import files this way). */
    public static void writeRows(List<List<String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet("保单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i)[0] + " " + COLUMNS.get(i)[1]);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null && !values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** The rejected rows: row number, field (header and name) and what is wrong, one line per problem. */
    public static void writeErrors(List<ImportProblem> problems, OutputStream out) throws IOException {
        Map<String, String> headers = new HashMap<>();
        COLUMNS.forEach(c -> headers.put(c[1], c[0]));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet("错误");
            CellStyle bold = boldStyle(workbook);
            Row header = sheet.createRow(0);
            String[] titles = {"行号", "列", "字段", "问题"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (ImportProblem p : problems) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.rowNo());
                String base = p.field().contains(".")
                        ? p.field().substring(0, p.field().indexOf('.'))
                        : p.field();
                row.createCell(1).setCellValue(headers.getOrDefault(base, ""));
                row.createCell(2).setCellValue(p.field());
                row.createCell(3).setCellValue(p.message());
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 28 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** One problem of one row of an import. */
    public record ImportProblem(int rowNo, String field, String message) {}

    private static CellStyle boldStyle(SXSSFWorkbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Dates as ISO days and numbers as plain decimals, whatever display format the cell has. */
    private static final class IsoFormatter extends DataFormatter {

        IsoFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    /** Collects the cells of a row by column and turns them into a {@link PolicyRow} at the row's end. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<ReadRow> sink;
        private final String[] cells = new String[COLUMNS.size()];
        private boolean headerSeen;
        private int currentRow;
        private int dataRows;

        RowCollector(Consumer<ReadRow> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            currentRow = rowNum;
            java.util.Arrays.fill(cells, null);
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                checkHeader();
                headerSeen = true;
                return;
            }
            if (java.util.Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            dataRows++;
            sink.accept(toRow(currentRow + 1));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < cells.length) {
                cells[column] = value;
            }
        }

        private void checkHeader() {
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = cells[i] == null ? "" : cells[i].strip();
                if (!cell.startsWith(COLUMNS.get(i)[0]) && !cell.endsWith(COLUMNS.get(i)[1])) {
                    throw new InvalidInputException(
                            "file", "第1行第" + (i + 1) + "列应为「" + COLUMNS.get(i)[0] + "」，请使用导入模板");
                }
            }
        }

        private ReadRow toRow(int rowNo) {
            List<FieldProblem> problems = new ArrayList<>();
            PolicyRow row = new PolicyRow(
                    text(0),
                    text(1),
                    text(2),
                    date(problems, 3),
                    date(problems, 4),
                    decimal(problems, 5),
                    text(6),
                    text(7),
                    text(8),
                    text(9),
                    text(10),
                    text(11),
                    text(12),
                    text(13),
                    text(14),
                    text(15),
                    yesNo(problems, 16),
                    decimal(problems, 17),
                    decimal(problems, 18),
                    decimal(problems, 19),
                    decimal(problems, 20),
                    decimal(problems, 21),
                    decimal(problems, 22),
                    yesNo(problems, 23));
            return new ReadRow(rowNo, row, problems);
        }

        private String text(int column) {
            String value = cells[column];
            return value == null || value.isBlank() ? null : value.strip();
        }

        private LocalDate date(List<FieldProblem> problems, int column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(COLUMNS.get(column)[1], "日期应为 2026-03-01 的形式"));
                return null;
            }
        }

        private BigDecimal decimal(List<FieldProblem> problems, int column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(COLUMNS.get(column)[1], "应为金额（元），如 1500.00"));
                return null;
            }
        }

        private Boolean yesNo(List<FieldProblem> problems, int column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toUpperCase(Locale.ROOT)) {
                case "是", "Y", "YES", "TRUE", "1" -> true;
                case "否", "N", "NO", "FALSE", "0" -> false;
                default -> {
                    problems.add(new FieldProblem(COLUMNS.get(column)[1], "应为 是 或 否"));
                    yield null;
                }
            };
        }
    }
}
