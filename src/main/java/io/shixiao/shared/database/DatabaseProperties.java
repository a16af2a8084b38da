package io.shixiao.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts its own embedded PostgreSQL,
 * keeping the data under {@code embedded.dataDirectory} across restarts (or in a throw-away folder
 * when {@code embedded.ephemeral}, as the tests do).
 */
@ConfigurationProperties("shixiao.db")
public record DatabaseProperties(String url, String username, String password, Embedded embedded, Pool pool) {

    public DatabaseProperties {
        embedded = embedded == null ? new Embedded(Path.of("data", "postgres"), false) : embedded;
        pool = pool == null ? new Pool(20, 2) : pool;
    }

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }

    /** The connection pool of one application node. */
    public record Pool(int maximumSize, int minimumIdle) {
        public Pool {
            maximumSize = maximumSize < 1 ? 20 : maximumSize;
            minimumIdle = Math.max(0, Math.min(minimumIdle, maximumSize));
        }
    }

    /** Settings of the embedded server used for the first run and for tests. */
    public record Embedded(Path dataDirectory, boolean ephemeral) {
        public Embedded {
            dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        }
    }
}
