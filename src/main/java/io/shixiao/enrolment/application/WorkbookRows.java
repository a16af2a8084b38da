package io.shixiao.enrolment.application;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx row by row without loading it (100,000 rows in a few seconds, in
 * little memory), telling each cell's kind apart — text, number, date, formula, error — so that the
 * import can refuse formulas, dates where a year is wanted and ID numbers typed as numbers. Merged
 * regions are listed at the end of the sheet's XML, so a first quick pass collects them.
 */
final class WorkbookRows {

    /** What a cell held. */
    enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        FORMULA,
        ERROR
    }

    /** One cell: its text as a person reads it, and its kind. */
    record Cell(String text, Kind kind) {}

    /** One row: its 1-based number, its cells by 0-based column (null where empty), merged columns. */
    record Row(int number, List<Cell> cells, Set<Integer> mergedColumns) {

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    private WorkbookRows() {}

    /**
     * Reads {@code file}'s first sheet, handing each non-empty row to {@code sink} in order.
     *
     * @throws IOException for a file that is not a readable .xlsx workbook
     */
    static void read(java.nio.file.Path file, Consumer<Row> sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Set<String> merged = new HashSet<>();
            try (InputStream sheet = firstSheet(reader)) {
                parser().parse(sheet, new MergeHandler(merged));
            }
            try (InputStream sheet = firstSheet(reader)) {
                parser().parse(sheet, new RowHandler(strings, styles, mergedCells(merged), sink));
            }
        } catch (InvalidFormatException | SAXException | IllegalArgumentException e) {
            throw new IOException("not a readable .xlsx workbook", e);
        } catch (OpenXML4JException | ParserConfigurationException e) {
            throw new IOException("the workbook could not be opened", e);
        } catch (org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("not a readable .xlsx workbook", e);
        }
    }

    private static InputStream firstSheet(XSSFReader reader) throws IOException, InvalidFormatException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("the workbook has no sheet");
        }
        return sheets.next();
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newSAXParser();
    }

    // "row:column" of every cell inside a merged region; regions are small in a household list.
    private static Set<String> mergedCells(Set<String> refs) {
        Set<String> cells = new HashSet<>();
        for (String ref : refs) {
            String[] ends = ref.split(":");
            if (ends.length != 2) {
                continue;
            }
            CellReference from = new CellReference(ends[0]);
            CellReference to = new CellReference(ends[1]);
            long area = (long) (to.getRow() - from.getRow() + 1) * (to.getCol() - from.getCol() + 1);
            if (area > 100_000) {
                continue;
            }
            for (int r = from.getRow(); r <= to.getRow(); r++) {
                for (int c = from.getCol(); c <= to.getCol(); c++) {
                    cells.add((r + 1) + ":" + c);
                }
            }
        }
        return cells;
    }

    private static final class MergeHandler extends DefaultHandler {
        private final Set<String> merged;

        MergeHandler(Set<String> merged) {
            this.merged = merged;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("mergeCell".equals(qName) && attributes.getValue("ref") != null) {
                merged.add(attributes.getValue("ref"));
            }
        }
    }

    private static final class RowHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Set<String> merged;
        private final Consumer<Row> sink;

        private int rowNumber;
        private int nextRow = 1;
        private List<Cell> cells;
        private Set<Integer> mergedColumns;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        RowHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Set<String> merged, Consumer<Row> sink) {
            this.strings = strings;
            this.styles = styles;
            this.merged = merged;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (qName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = rowNumber + 1;
                    cells = new ArrayList<>();
                    mergedColumns = new HashSet<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                    if (merged.contains(rowNumber + ":" + column)) {
                        mergedColumns.add(column);
                    }
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (qName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    Cell cell = cell();
                    if (cell != null && column >= 0 && column < 200) {
                        while (cells.size() <= column) {
                            cells.add(null);
                        }
                        cells.set(column, cell);
                    }
                }
                case "row" -> {
                    boolean empty =
                            cells.stream().allMatch(c -> c == null || c.text().isBlank());
                    if (!empty || !mergedColumns.isEmpty()) {
                        sink.accept(new Row(rowNumber, cells, mergedColumns));
                    }
                }
                default -> {}
            }
        }

        private Cell cell() {
            String raw = value.toString();
            if (formula) {
                return new Cell(raw, Kind.FORMULA);
            }
            if (type == null || "n".equals(type)) {
                if (raw.isEmpty()) {
                    return null;
                }
                return number(raw);
            }
            return switch (type) {
                case "s" -> new Cell(sharedString(raw), Kind.TEXT);
                case "inlineStr", "str" -> new Cell(raw, Kind.TEXT);
                case "b" -> new Cell("1".equals(raw) ? "是" : "否", Kind.BOOLEAN);
                case "e" -> new Cell(raw, Kind.ERROR);
                default -> new Cell(raw, Kind.TEXT);
            };
        }

        private String sharedString(String index) {
            try {
                return strings.getItemAt(Integer.parseInt(index)).getString();
            } catch (RuntimeException e) {
                return "";
            }
        }

        private Cell number(String raw) {
            try {
                if (style != null && styles != null) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                    if (cellStyle != null
                            && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
                        return new Cell(raw, Kind.DATE);
                    }
                }
                return new Cell(new BigDecimal(raw).stripTrailingZeros().toPlainString(), Kind.NUMBER);
            } catch (RuntimeException e) {
                return new Cell(raw, Kind.ERROR);
            }
        }
    }
}
