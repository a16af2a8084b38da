package io.shixiao.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL server per data directory and JVM, shared by every application context
 * that asks for it (the test suite starts several) and stopped by a shutdown hook.
 */
final class EmbeddedPostgresServer {

  private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

  private EmbeddedPostgresServer() {}

  static String jdbcUrl(DatabaseProperties.Embedded settings) {
    Path directory = settings.ephemeral() ? ephemeralDirectory() : settings.dataDirectory().toAbsolutePath();
    EmbeddedPostgres server = RUNNING.computeIfAbsent(directory, dir -> start(dir, settings.ephemeral()));
    return server.getJdbcUrl("postgres", "postgres");
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
          .setServerConfig("max_connections", "200")
          .setServerConfig("timezone", "Asia/Shanghai")
          .setLocaleConfig("encoding", "UTF8")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
    }
  }
}
