package io.shixiao.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hostile household workbook through the API: bad checksums, a 户口簿 twice, one ID in two villages and
 * twice in one village, a formula, merged cells, a date where a year belongs, a date typed as text, an
 * ID typed as a number, a missing cell, a village of another county — each refused with its row, column
 * and reason, every valid row imported; a header without its columns refused whole; a file that is not a
 * workbook refused; and the scheme seen only by its own county and the insurer unit running it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdImportWebTests {

    static final String[] HEADERS = {
        "户主姓名", "身份证号", "户口簿编号", "家庭人口", "村代码", "详细地址", "房屋结构", "建造年份", "建筑面积(㎡)", "户类别", "自愿补缴", "银行账号", "联系电话"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schemes schemes;

    @Autowired
    Clock clock;

    private Scheme scheme;
    private UserDetails clerk;

    @BeforeEach
    void theDemoScheme() {
        scheme = schemes.find(
                        "630223",
                        LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear())
                .orElseThrow();
        clerk = users.loadUserByUsername("anlan.huzhu.agent");
    }

    @Test
    void aHostileWorkbookGetsAnExactRowLevelReportAndEveryValidRowIsImported() throws Exception {
        byte[] workbook = hostileWorkbook();
        String id = upload(workbook, clerk, 202);
        Map<String, Object> report = waitFor(id);

        assertThat(report.get("state")).isEqualTo("DONE");
        assertThat(report.get("rowsRead")).isEqualTo(16);
        assertThat(report.get("imported")).isEqualTo(4);
        assertThat(report.get("rejected")).isEqualTo(12);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rejections = (List<Map<String, Object>>) report.get("rejections");
        Map<Integer, String> byRow = new LinkedHashMap<>();
        rejections.forEach(r -> byRow.put((Integer) r.get("row"), r.get("column") + "：" + r.get("reason")));
        assertThat(byRow).containsOnlyKeys(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17);
        assertThat(byRow.get(4)).startsWith("身份证号：身份证号码校验码不符");
        assertThat(byRow.get(5)).isEqualTo("户口簿编号：户口簿编号与第2行重复（一户只保一座房屋）");
        assertThat(byRow.get(6)).startsWith("身份证号：身份证号与第2行（白崖村委会）重复").contains("（跨村）");
        assertThat(byRow.get(7)).startsWith("身份证号：身份证号与第3行").contains("（同村两户）");
        assertThat(byRow.get(8)).isEqualTo("家庭人口：家庭人口为公式，请复制后“粘贴为数值”");
        assertThat(byRow.get(9)).startsWith("详细地址：合并单元格");
        assertThat(byRow.get(10)).startsWith("详细地址：合并单元格");
        assertThat(byRow.get(11)).isEqualTo("建造年份：建造年份为日期格式，应填四位年份（如1998）");
        assertThat(byRow.get(12)).isEqualTo("建造年份：建造年份应为四位年份（如1998），不是日期或文字");
        assertThat(byRow.get(13)).startsWith("身份证号：身份证号以数字格式保存");
        assertThat(byRow.get(15)).isEqualTo("联系电话：缺少联系电话");
        assertThat(byRow.get(17)).startsWith("村代码：村代码 330106001001 不是本县的村");

        // The refused rows come back as a workbook with the reason beside each.
        byte[] rejected = mvc.perform(get(base() + "/household-imports/" + id + "/rejected.xlsx")
                        .with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (Workbook back = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
            Sheet sheet = back.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains("校验码");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("马存花");
        }

        // The imported households are in their villages, masked, enrolled with the bid's premium.
        mvc.perform(get(base() + "/villages/630223100201/households").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.registerNo == 'IMP0000001')].headNameMasked")
                        .value("李*德"))
                .andExpect(
                        jsonPath("$[?(@.registerNo == 'IMP0000001')].premium").value(3000))
                .andExpect(jsonPath("$[?(@.registerNo == 'IMP0000002')].idConflict")
                        .value(true));
        mvc.perform(get(base() + "/ledger").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.premium").isNumber());
    }

    @Test
    void aHeaderMissingColumnsOrAFileThatIsNoWorkbookIsRefusedWhole() throws Exception {
        XSSFWorkbook book = new XSSFWorkbook();
        Row header = book.createSheet().createRow(0);
        for (int i = 0; i < 5; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
        }
        String id = upload(bytes(book), clerk, 202);
        Map<String, Object> report = waitFor(id);
        assertThat(report.get("state")).isEqualTo("FAILED");
        assertThat((String) report.get("failure")).contains("缺少必填列：详细地址、房屋结构、建造年份");

        mvc.perform(multipart(base() + "/household-imports")
                        .file(new MockMultipartFile(
                                "file",
                                "list.xlsx",
                                "application/octet-stream",
                                "name,id\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void theSchemeIsSeenByItsCountyAndItsInsurerUnitOnlyAndTheCountyOnlyReads() throws Exception {
        mvc.perform(get(base()).with(user(users.loadUserByUsername("huzhu.county"))))
                .andExpect(status().isOk());
        mvc.perform(get(base() + "/ledger").with(user(users.loadUserByUsername("anlan.huzhu.manager"))))
                .andExpect(status().isOk());
        for (String outsider : List.of("anlan.manager", "hengtai.manager", "zj.association")) {
            int expected = outsider.endsWith("association") ? 403 : 404;
            mvc.perform(get(base() + "/ledger").with(user(users.loadUserByUsername(outsider))))
                    .andExpect(status().is(expected));
        }
        mvc.perform(get("/api/v1/rural-housing/schemes").with(user(users.loadUserByUsername("hengtai.agent"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        upload(bytes(new XSSFWorkbook()), users.loadUserByUsername("huzhu.county"), 403);
        upload(bytes(new XSSFWorkbook()), users.loadUserByUsername("hengtai.agent"), 404);
    }

    @Test
    void theCountyReportOpensAsExcelAndPdfWithChineseText() throws Exception {
        UserDetails county = users.loadUserByUsername("huzhu.county");
        byte[] xlsx = mvc.perform(get(base() + "/reports/county.xlsx")
                        .param("period", String.valueOf(scheme.year()))
                        .with(user(county)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("参保情况");
            assertThat(book.getSheet("保费及补贴台账").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("中央财政");
            assertThat(book.getSheet("参保情况").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("高寨街道");
        }
        byte[] pdf = mvc.perform(get(base() + "/reports/county.pdf")
                        .param("period", String.valueOf(scheme.year()))
                        .with(user(county)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Path out = java.nio.file.Path.of("target", "rural-county-report.pdf");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("参保情况")
                    .contains("威远镇")
                    .contains("保费及补贴台账")
                    .contains("服务时效");
            java.awt.image.BufferedImage page =
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80);
            javax.imageio.ImageIO.write(
                    page,
                    "png",
                    java.nio.file.Path.of("target", "rural-county-report.png").toFile());
        }
        mvc.perform(get(base() + "/reports/county.pdf")
                        .param("period", "2026-13")
                        .with(user(county)))
                .andExpect(status().isBadRequest());
    }

    private byte[] hostileWorkbook() throws Exception {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("农户清单");
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
        }
        String v1 = "630223100201";
        String v2 = "630223100202";
        String id1 = id("63022319570203011");
        String id2 = id("63022319610708022");
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("李正德", id1, "IMP0000001", v1)); // 2 ok
        rows.add(row("王玉兰", id2, "IMP0000002", v1)); // 3 ok (flagged by row 7)
        rows.add(row("马存花", "630223195702030110", "IMP0000003", v1)); // 4 bad checksum (fixed below)
        rows.add(row("张海明", id("63022319700101033"), "IMP0000001", v1)); // 5 register twice
        rows.add(row("祁青梅", id1, "IMP0000005", v2)); // 6 same ID in another village
        rows.add(row("韩有福", id2, "IMP0000006", v1)); // 7 same ID, same village, other household
        rows.add(row("鲁国祥", id("63022319720202044"), "IMP0000007", v1)); // 8 formula
        rows.add(row("吕桂英", id("63022319730303055"), "IMP0000008", v1)); // 9 merged
        rows.add(row("赵占林", id("63022319740404066"), "IMP0000009", v1)); // 10 merged
        rows.add(row("董金花", id("63022319750505077"), "IMP0000010", v1)); // 11 date cell
        rows.add(row("汪德明", id("63022319760606088"), "IMP0000011", v1)); // 12 date as text
        rows.add(row("麻成山", id("63022319770707099"), "IMP0000012", v1)); // 13 ID as number
        rows.add(row("胡永寿", id("63022319780808101"), "IMP0000013", v2)); // 14 ok
        rows.add(row("索秀英", id("63022319790909112"), "IMP0000014", v1)); // 15 missing phone
        rows.add(row("星生福", id("63022319801010123"), "IMP0000015", v2)); // 16 ok
        rows.add(row("李发财", id("63022319811111134"), "IMP0000016", "330106001001")); // 17 another county
        String goodFor4 = id("63022319570203011");
        rows.get(2)[1] = goodFor4.substring(0, 17) + (goodFor4.charAt(17) == '0' ? '1' : '0');
        CellStyle dateStyle = book.createCellStyle();
        dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            Object[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue((String) cells[c]);
                }
            }
        }
        sheet.getRow(7).getCell(3).setCellFormula("2+2");
        sheet.addMergedRegion(new CellRangeAddress(8, 9, 5, 5));
        sheet.getRow(9).getCell(5).setBlank();
        sheet.getRow(10).getCell(7).setCellValue(java.time.LocalDate.of(2005, 3, 1));
        sheet.getRow(10).getCell(7).setCellStyle(dateStyle);
        sheet.getRow(11).getCell(7).setCellValue("2005年3月");
        sheet.getRow(12).getCell(1).setCellValue(630223197707070990.0);
        sheet.getRow(14).getCell(12).setBlank();
        return bytes(book);
    }

    private static Object[] row(String name, String id, String register, String village) {
        return new Object[] {
            name,
            id,
            register,
            "4",
            village,
            "互助县" + name + "家",
            "砖混",
            "1998",
            "96.5",
            "一般农户",
            "否",
            "6217000000001234567",
            "13997001234"
        };
    }

    private static String id(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + checks[sum % 11];
    }

    private static byte[] bytes(XSSFWorkbook book) throws Exception {
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        }
    }

    private String base() {
        return "/api/v1/rural-housing/schemes/" + scheme.id();
    }

    private String upload(byte[] workbook, UserDetails by, int expected) throws Exception {
        String body = mvc.perform(multipart(base() + "/household-imports")
                        .file(new MockMultipartFile(
                                "file", "households.xlsx", RuralHousingApi.XLSX.toString(), workbook))
                        .with(user(by)))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return expected == 202 ? JsonPath.read(body, "$.importId") : null;
    }

    private Map<String, Object> waitFor(String id) throws Exception {
        for (int i = 0; i < 300; i++) {
            String body = mvc.perform(get(base() + "/household-imports/" + id).with(user(clerk)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> report = JsonPath.read(body, "$");
            if (!"RUNNING".equals(report.get("state"))) {
                return report;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish");
    }
}
