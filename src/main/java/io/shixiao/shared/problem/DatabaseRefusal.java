package io.shixiao.shared.problem;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * A database refusal that a client's input caused, found by its SQLSTATE: a value PostgreSQL cannot hold
 * (class 22: NUL in text, a string longer than its column, a timestamp or number out of range, invalid
 * encoding) is the client's 400; a broken uniqueness or reference (class 23) is a 409. Anything else is
 * the platform's fault and stays a 500. This is the last line behind the input rules, so a new endpoint
 * that forgets a limit still answers 4xx.
 */
public final class DatabaseRefusal {

    private DatabaseRefusal() {}

    /** The status a client's input earned, or {@code null} when the failure is not the client's. */
    public static @Nullable HttpStatus statusOf(DataAccessException e) {
        if (e instanceof DuplicateKeyException || e instanceof DataIntegrityViolationException && isClass(e, "23")) {
            return HttpStatus.CONFLICT;
        }
        if (isClass(e, "22")) {
            return HttpStatus.BAD_REQUEST;
        }
        return null;
    }

    /** What the client is told, without the database's wording. */
    public static String detailOf(HttpStatus status) {
        return status == HttpStatus.CONFLICT
                ? "The record clashes with an existing one (a duplicate or a missing reference)."
                : "A value is out of range, too long or not storable text.";
    }

    private static boolean isClass(Throwable e, String sqlStateClass) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }
}
