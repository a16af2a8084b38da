package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The staff export parses back as .xlsx, stays in the user's scope and holds masked mobiles only. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/staff/export.xlsx", "/organization/staff/export.xlsx"})
    void theExportHoldsTheUsersStaffWithMaskedMobiles(String path) throws Exception {
        OrgUnitView zhejiang = directory.unitByCode("ANLAN-ZJ").orElseThrow();
        byte[] xlsx = mvc.perform(get(path).with(insurer(zhejiang, Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(StaffApi.XLSX)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("手机号");
            List<String> employeeNos = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                employeeNos.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(4).getStringCellValue()).matches("1\\d{2}\\*{4}\\d{4}");
                assertThat(row.getCell(2).getStringCellValue()).startsWith("ANLAN-ZJ");
            }
            assertThat(employeeNos).isNotEmpty().allMatch(no -> no.startsWith("AL"));
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(12);
        }
    }
}
