package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.StandardCalendars;
import java.util.Set;

/**
 * The closed word lists of the catalog besides the enums (units, tiers, roles, milestones, case
 * types, remedies). A misspelt zone or channel would make a standard silently never apply, so the
 * loader refuses words outside these lists.
 */
public final class CatalogVocabulary {

    /** Calendars of the engine: the statutory calendar, round the clock, 365×8h, the office hours of CN. */
    public static final Set<String> CALENDARS = Set.of(
            StandardCalendars.CN,
            StandardCalendars.ROUND_THE_CLOCK,
            StandardCalendars.EVERY_DAY_EIGHT_HOURS,
            StandardCalendars.CN_OFFICE);

    /**
     * Where an accident site lies: the zone kinds of the organisation module, and OUT_OF_PROVINCE for
     * an accident outside the province of the policy (浙江规范 第七章 2.3.9 代查勘).
     */
    public static final Set<String> ZONE_KINDS =
            Set.of("URBAN", "OUTSIDE_URBAN", "OUT_OF_PROVINCE", "COUNTY_TOWN", "ELSEWHERE_IN_COUNTY");

    /** How a complaint or report arrived. */
    public static final Set<String> CHANNELS =
            Set.of("HOTLINE", "OUTLET", "PORTAL", "REGULATOR_RELAYED", "ASSOCIATION_RELAYED");

    /** Lines of business. */
    public static final Set<String> PRODUCT_LINES = Set.of("MOTOR", "RURAL_HOUSING", "PROPERTY", "OTHER");

    /** Facts a case must show for a standard to bind it. */
    public static final Set<String> FACTS =
            Set.of("LIABILITY_CLEAR", "DOCUMENTS_COMPLETE", "LOSS_AGREED", "COMPLEX_CASE", "DELIVERY_REQUIRED");

    /** Who sets a contract parameter. */
    public static final Set<String> CONTRACT_PARTIES = Set.of("INSURER", "SCHEME");

    private CatalogVocabulary() {}
}
