package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.domain.QualificationStatus;
import io.shixiao.organization.domain.Staff;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The staff list as an .xlsx file, streamed row by row; mobile numbers are masked. */
@Component
public class StaffExport {

    static final String[] HEADERS = {"工号", "姓名", "机构代码", "所属机构", "手机号", "角色", "行业协会证书号", "资质证书", "证书提醒", "状态"};

    /** Rows kept in memory while writing; the rest is flushed to a temporary file. */
    private static final int WINDOW = 200;

    private final StaffService staff;
    private final AuditTrail audit;
    private final Clock clock;

    StaffExport(StaffService staff, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public void write(StaffFilter filter, OutputStream out) throws IOException {
        LocalDate today = LocalDate.now(clock);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet("员工");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] rowNo = {1};
            staff.forEach(filter, record -> {
                Staff s = record.staff();
                Row row = sheet.createRow(rowNo[0]++);
                row.createCell(0).setCellValue(s.employeeNo());
                row.createCell(1).setCellValue(s.name());
                row.createCell(2).setCellValue(record.orgUnitCode());
                row.createCell(3).setCellValue(record.orgUnitName());
                row.createCell(4).setCellValue(Masks.mobile(s.mobile().value()));
                row.createCell(5)
                        .setCellValue(s.roles().stream()
                                .sorted()
                                .map(Role::chineseName)
                                .collect(Collectors.joining("、")));
                row.createCell(6)
                        .setCellValue(s.associationCertificateNo() == null ? "" : s.associationCertificateNo());
                row.createCell(7)
                        .setCellValue(s.qualifications().stream()
                                .map(q -> q.name() + " " + q.number()
                                        + (q.expiresOn() == null ? "" : " 至" + q.expiresOn()))
                                .collect(Collectors.joining(";")));
                row.createCell(8).setCellValue(attention(s, today));
                row.createCell(9).setCellValue(s.active() ? "在职" : "停用");
            });
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            // An export takes personal data (names, certificates) out of the platform: recorded like a view.
            audit.recordPiiView(
                    "Staff", "export", "staff workbook of " + (rowNo[0] - 1) + " rows (" + describe(filter) + ")");
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String describe(StaffFilter filter) {
        return "insurer=" + filter.insurerId() + " unit=" + filter.orgUnitId() + " role=" + filter.role() + " active="
                + filter.active() + " q=" + (filter.q() == null ? "" : filter.q());
    }

    private static String attention(Staff s, LocalDate today) {
        return s.qualifications().stream()
                .map(q -> q.statusOn(today))
                .filter(status -> status != QualificationStatus.VALID)
                .map(QualificationStatus::chineseName)
                .distinct()
                .collect(Collectors.joining("、"));
    }
}
