package io.shixiao.policies.web;

import io.shixiao.shared.problem.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An uploaded workbook sent as the raw request body (no multipart, so the size limit is this module's):
 * copied to a temporary file, refused beyond {@value #LARGEST_BYTES} bytes before it is read any further.
 */
final class WorkbookUpload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** 200,000 rows of the template take about 20 MB. */
    static final long LARGEST_BYTES = 40L * 1024 * 1024;

    private WorkbookUpload() {}

    static Path save(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile("policy-import-", ".xlsx");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary file for the upload", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = body.read(buffer)) > 0) {
                total += read;
                if (total > LARGEST_BYTES) {
                    throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "文件超过 40 MB");
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new InvalidInputException("file", "请选择要导入的 Excel 文件");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new InvalidInputException("file", "上传中断，请重试");
        }
    }

    /** A name safe to store and show: the last path segment, at most 255 characters. */
    static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload.xlsx";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return last.length() > 255 ? last.substring(0, 255) : last;
    }
}
