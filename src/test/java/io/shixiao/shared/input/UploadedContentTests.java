package io.shixiao.shared.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedContentTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theKindIsToldByTheFirstBytes() {
        assertThat(UploadedContent.mediaTypeOf(
                        "file", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}, 100, UploadedContent.PHOTOS))
                .isEqualTo("image/jpeg");
        assertThat(UploadedContent.mediaTypeOf("file", PNG, 100, UploadedContent.PHOTOS))
                .isEqualTo("image/png");
        assertThat(UploadedContent.mediaTypeOf("scan", PDF, 100, UploadedContent.PHOTOS_AND_SCANS))
                .isEqualTo("application/pdf");
    }

    @Test
    void aTextFileNamedJpgAScanWherePhotosBelongAnEmptyAndAnOversizedFileAreRefusedNamingTheField() {
        assertThatThrownBy(() -> UploadedContent.mediaTypeOf(
                        "file", "not a photo".getBytes(StandardCharsets.UTF_8), 100, UploadedContent.PHOTOS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .containsExactly(
                                        new FieldProblem("file", "is not a JPEG, PNG file (checked by its content)")));
        assertThatThrownBy(() -> UploadedContent.mediaTypeOf("file", PDF, 100, UploadedContent.PHOTOS))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UploadedContent.mediaTypeOf("file", new byte[0], 100, UploadedContent.PHOTOS))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> UploadedContent.mediaTypeOf("file", PNG, 8, UploadedContent.PHOTOS))
                .hasMessageContaining("larger than");
    }
}
