package io.shixiao.duties.web;

/** Who may open the duty pages and API, as a method-security expression. */
final class DutyAccess {

    /**
     * The administrator, insurer managers, inspectors and callback agents (whose duties these are), the
     * associations (their monthly feedback) and the county authorities (their scheme's duties).
     */
    static final String READERS =
            "hasAnyRole('ADMIN','MANAGER','QUALITY_INSPECTOR','CALLBACK_AGENT','ASSOCIATION','COUNTY_AUTHORITY')";

    private DutyAccess() {}
}
