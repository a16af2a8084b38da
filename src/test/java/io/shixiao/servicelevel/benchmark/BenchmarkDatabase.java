package io.shixiao.servicelevel.benchmark;

import io.shixiao.ShixiaoApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the benchmark database: {@code SHIXIAO_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/shixiao_bench}, user {@code postgres}), created if missing
 * and migrated by Flyway; no scheduled sweeps (the benchmarks drive them).
 */
final class BenchmarkDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/shixiao_bench";

    private BenchmarkDatabase() {}

    static String url() {
        String url = System.getenv("SHIXIAO_DB_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    static String user() {
        String user = System.getenv("SHIXIAO_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static ConfigurableApplicationContext start() throws SQLException {
        createDatabaseIfMissing();
        SpringApplication application = new SpringApplication(ShixiaoApplication.class);
        // The security configuration needs a web application; it listens on a free port that nobody calls.
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application.run(
                "--shixiao.db.url=" + url(),
                "--shixiao.db.username=" + user(),
                "--shixiao.db.password="
                        + (System.getenv("SHIXIAO_DB_PASSWORD") == null ? "" : System.getenv("SHIXIAO_DB_PASSWORD")),
                "--server.port=0",
                "--shixiao.service-levels.sweep.enabled=false",
                "--shixiao.demo-data=false",
                // A benchmark database outlives branches: migrations merged later with lower versions still apply.
                "--spring.flyway.out-of-order=true",
                "--logging.level.root=warn");
    }

    private static void createDatabaseIfMissing() throws SQLException {
        String url = url();
        String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        String server = url.substring(0, url.lastIndexOf('/')) + "/postgres";
        try (Connection connection = DriverManager.getConnection(server, user(), System.getenv("SHIXIAO_DB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            var rs =
                    statement.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'");
            if (!rs.next()) {
                statement.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        }
    }
}
