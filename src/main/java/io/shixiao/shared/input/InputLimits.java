package io.shixiao.shared.input;

import java.time.Instant;
import java.time.LocalDate;

/** The limits every request meets, whatever endpoint it reaches. */
public final class InputLimits {

    /** Elements of one JSON array or members of one JSON object bound to a collection or map. */
    public static final int MAX_ELEMENTS = 1_000;

    /** Bytes of one JSON document. */
    public static final long MAX_JSON_BYTES = 4L * 1024 * 1024;

    /** Tokens of one JSON document: a thousand rows of ten fields take about 22,000. */
    public static final long MAX_JSON_TOKENS = 100_000;

    /** Nesting of one JSON document. */
    public static final int MAX_JSON_DEPTH = 64;

    /** Characters of one query or form parameter; the API's own limits are lower. */
    public static final int MAX_PARAMETER_LENGTH = 10_000;

    /** The highest index a page form may bind ({@code rows[199].name}); beyond it the form is refused. */
    public static final int AUTO_GROW_COLLECTION_LIMIT = 200;

    /**
     * Instants a client may send: nothing the platform records happened before 2000 or is due after 2100,
     * and PostgreSQL's {@code timestamptz} cannot hold Java's extreme instants.
     */
    public static final Instant EARLIEST_INSTANT = Instant.parse("2000-01-01T00:00:00Z");

    public static final Instant LATEST_INSTANT = Instant.parse("2101-01-01T00:00:00Z");

    /** Dates a client may send: certificates and birth dates reach back further than recorded events. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private InputLimits() {}

    public static boolean isPlausible(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Why an instant is refused. */
    public static final String INSTANT_RANGE = "must lie between 2000-01-01 and 2100-12-31";

    /** Why a date is refused. */
    public static final String DATE_RANGE = "must lie between 1900-01-01 and 2100-12-31";
}
