package io.shixiao.policies.web;

import io.shixiao.policies.application.ImportStatus;
import io.shixiao.policies.application.PolicyImports;
import io.shixiao.policies.application.PolicyRow;
import io.shixiao.policies.application.PolicyWorkbook;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Bulk import of policies: JSON rows or an .xlsx, run in the background with progress and an error report. */
@RestController
@Tag(name = "Policy imports", description = "保单批量导入：JSON 或 Excel，逐行报告错误")
@RequestMapping("/api/v1/policies/imports")
@PreAuthorize("hasRole('MANAGER')")
class PolicyImportApi {

    private final PolicyImports imports;

    PolicyImportApi(PolicyImports imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Import policies from JSON rows",
            description = "1 至 10,000 行，每行同“出单”的请求体。答 202 和导入编号；在后台按 500 行一批导入，有错的行不导入，其余照常导入。")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStatus importRows(@RequestBody List<PolicyRow> rows) {
        UUID id = imports.startRows(rows, CurrentUser.scope(), CurrentUser.actor());
        return imports.status(id, CurrentUser.scope());
    }

    @Operation(
            summary = "Import policies from an Excel workbook",
            description = "请求体为 .xlsx 文件本身（Content-Type 为 xlsx 或 application/octet-stream），最大 40 MB、200,000 行；"
                    + "按内容检查（须为 xlsx 且表头同模板），X-File-Name 头可给出文件名。答 202 和导入编号。")
    @PostMapping("/workbook")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStatus importWorkbook(
            HttpServletRequest request, @RequestHeader(name = "X-File-Name", required = false) String fileName)
            throws IOException {
        UUID id = imports.startWorkbook(
                WorkbookUpload.save(request.getInputStream()),
                WorkbookUpload.fileName(fileName),
                CurrentUser.scope(),
                CurrentUser.actor());
        return imports.status(id, CurrentUser.scope());
    }

    @Operation(summary = "An import's progress", description = "导入进度：总行数、已处理、已导入、被拒绝的行数和状态。")
    @GetMapping("/{id}")
    ImportStatus status(@PathVariable UUID id) {
        return imports.status(id, CurrentUser.scope());
    }

    @Operation(summary = "An import's rejected rows as Excel", description = "错误报告：行号、列、字段和问题，每个问题一行。")
    @GetMapping(value = "/{id}/errors.xlsx", produces = WorkbookUpload.XLSX)
    ResponseEntity<StreamingResponseBody> errors(@PathVariable UUID id) {
        List<PolicyWorkbook.ImportProblem> problems = imports.problems(id, CurrentUser.scope());
        return xlsx("policy-import-errors-" + id + ".xlsx", out -> PolicyWorkbook.writeErrors(problems, out));
    }

    @Operation(summary = "The empty import template", description = "导入模板：表头和文本格式的列。")
    @GetMapping(value = "/template.xlsx", produces = WorkbookUpload.XLSX)
    ResponseEntity<StreamingResponseBody> template() {
        return xlsx("policy-import-template.xlsx", PolicyWorkbook::writeTemplate);
    }

    static ResponseEntity<StreamingResponseBody> xlsx(String name, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(WorkbookUpload.XLSX))
                .body(body);
    }
}
