package io.shixiao.policies.web;

import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.PolicyFixtures;
import io.shixiao.policies.application.PolicyWorkbook;
import io.shixiao.shared.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An Excel import with good and bad rows: the good are imported, each bad one reported by row and field. */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    static List<String> row(String policyNo, String unit, String idNumber, String vin, String premium) {
        return Arrays.asList(
                policyNo,
                "MOTOR",
                unit,
                "2026-11-01",
                "2027-10-31",
                premium,
                null,
                null,
                "赵六",
                idNumber,
                "13700001111",
                "浙A88888",
                vin,
                "丰田 GTM7200",
                null,
                null,
                "是",
                "1000000",
                null,
                "120000",
                "500",
                null,
                null,
                "否");
    }

    @Test
    void goodRowsAreImportedAndEveryBadRowIsReportedInTheErrorWorkbook() throws Exception {
        RequestPostProcessor manager =
                insurer(organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.MANAGER);
        String badVin = PolicyFixtures.A_VIN.substring(0, 16) + (PolicyFixtures.A_VIN.charAt(16) == '1' ? '2' : '1');
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("XLS-OK-1", "ANLAN-ZJ-HZ-XH", "11010519491231002X", PolicyFixtures.A_VIN, "2400"));
        rows.add(row("XLS-BAD-2", "ANLAN-ZJ-HZ-XH", "110105194912310021", badVin, "-5"));
        rows.add(row("XLS-BAD-3", "HENGTAI-ZJ", "11010519491231002X", PolicyFixtures.A_VIN, "2400"));
        rows.add(row("XLS-OK-1", "ANLAN-ZJ-HZ-XH", "11010519491231002X", PolicyFixtures.A_VIN, "2400"));
        rows.add(row("XLS-OK-5", "ANLAN-ZJ-HZ-XS", "11010519491231002X", PolicyFixtures.A_VIN, "abc"));
        rows.add(row("XLS-OK-6", "ANLAN-ZJ-HZ-XS", "11010519491231002X", PolicyFixtures.A_VIN, "3100.50"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        PolicyWorkbook.writeRows(rows, file);

        String started = mvc.perform(post("/api/v1/policies/imports/workbook")
                        .with(manager)
                        .with(csrf())
                        .header("X-File-Name", "policies.xlsx")
                        .contentType(WorkbookUpload.XLSX)
                        .content(file.toByteArray()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(started, "$.id");
        String status = started;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (JsonPath.<String>read(status, "$.status").equals("RUNNING")
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            status = mvc.perform(get("/api/v1/policies/imports/{id}", id).with(manager))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        assertThat(JsonPath.<String>read(status, "$.status")).isEqualTo("FINISHED");
        assertThat(JsonPath.<Integer>read(status, "$.importedRows")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(status, "$.rejectedRows")).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from policy where policy_no in ('XLS-OK-1', 'XLS-OK-6')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        MvcResult streaming = mvc.perform(
                        get("/api/v1/policies/imports/{id}/errors.xlsx", id).with(manager))
                .andReturn();
        byte[] report = mvc.perform(asyncDispatch(streaming))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                lines.add((int) sheet.getRow(r).getCell(0).getNumericCellValue() + " "
                        + sheet.getRow(r).getCell(2).getStringCellValue());
            }
        }
        assertThat(lines)
                .contains("3 insuredIdNumber", "3 vin", "3 premium", "4 issuingUnitCode", "5 policyNo", "6 premium")
                .noneMatch(line -> line.startsWith("2 ") || line.startsWith("7 "));

        mvc.perform(get("/api/v1/policies/imports/{id}", id)
                        .with(insurer(organization.unitByCode("HENGTAI-ZJ").orElseThrow(), Role.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/policies/imports/workbook")
                        .with(manager)
                        .with(csrf())
                        .contentType(WorkbookUpload.XLSX)
                        .content("这不是 Excel 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest());
    }
}
