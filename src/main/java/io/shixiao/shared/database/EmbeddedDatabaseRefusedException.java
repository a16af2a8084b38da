package io.shixiao.shared.database;

/** Thrown when the {@code prod} profile would start on the embedded database. */
public class EmbeddedDatabaseRefusedException extends IllegalStateException {

    EmbeddedDatabaseRefusedException() {
        super("The prod profile refuses the embedded PostgreSQL: set SHIXIAO_DB_URL, SHIXIAO_DB_USER and"
                + " SHIXIAO_DB_PASSWORD to an external PostgreSQL server.");
    }
}
