package io.shixiao.servicelevel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.ShixiaoApplication;
import io.shixiao.servicelevel.standard.CatalogException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class BrokenCatalogStartupTests {

    @Test
    void aBrokenCatalogStopsTheApplicationNamingFileAndLine() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ShixiaoApplication.class)
                        .properties(
                                "shixiao.standards.location=classpath:broken-standards/*.yml",
                                "server.port=0",
                                "shixiao.db.embedded.ephemeral=true")
                        .run()
                        .close())
                .satisfies(failure -> {
                    Throwable cause = failure;
                    while (cause != null && !(cause instanceof CatalogException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause)
                            .as("a CatalogException in the cause chain")
                            .isNotNull();
                    assertThat(cause.getMessage())
                            .contains("broken-standards/broken.yml:18: unknown unit 'WEEKS' in LAW-24.period.unit");
                });
    }
}
