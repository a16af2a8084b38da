package io.shixiao.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL server per data directory and JVM, shared by every application context
 * that leases it (the test suite starts several). The server stops when the last lease is released,
 * that is after the last context has closed its connection pool and its beans: stopping it from a
 * JVM shutdown hook of its own would race the contexts' shutdown, which still needs the database
 * (the event publication registry reads it while closing).
 */
final class EmbeddedPostgresServer {

    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {}

    /** A server for {@code settings}, started if none runs; release the lease when done with it. */
    static synchronized Lease lease(DatabaseProperties.Embedded settings) {
        Path directory = settings.ephemeral()
                ? ephemeralDirectory()
                : settings.dataDirectory().toAbsolutePath();
        Running running = RUNNING.computeIfAbsent(directory, dir -> new Running(start(dir, settings.ephemeral())));
        running.leases++;
        return new Lease(directory, running.server.getJdbcUrl("postgres", "postgres"));
    }

    private static synchronized void release(Path directory) {
        Running running = RUNNING.get(directory);
        if (running != null && --running.leases == 0) {
            RUNNING.remove(directory);
            try {
                running.server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL in " + directory, e);
            }
        }
    }

    private static Path ephemeralDirectory() {
        return RUNNING.keySet().stream()
                .filter(path -> path.getFileName().toString().startsWith("shixiao-pg-"))
                .findFirst()
                .orElseGet(EmbeddedPostgresServer::newTemporaryDirectory);
    }

    private static Path newTemporaryDirectory() {
        try {
            return Files.createTempDirectory("shixiao-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(Path directory, boolean ephemeral) {
        try {
            Files.createDirectories(directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static final class Running {
        final EmbeddedPostgres server;
        int leases;

        Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    /** One context's use of a running server. */
    record Lease(Path directory, String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() {
            release(directory);
        }
    }
}
