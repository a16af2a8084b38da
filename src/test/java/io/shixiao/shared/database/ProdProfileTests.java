package io.shixiao.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.ShixiaoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

class ProdProfileTests {

    @Test
    void theProdProfileRefusesToStartOnTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ShixiaoApplication.class)
                        .profiles("prod")
                        .run(
                                "--shixiao.db.url=",
                                "--shixiao.pii.key=c2hpeGlhby1kZW1vLXBpaS1rZXktMzItYnl0ZXMhISE=",
                                "--server.port=0")
                        .close())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(EmbeddedDatabaseRefusedException.class)
                        .hasMessageContaining("SHIXIAO_DB_URL"));
    }
}
