package io.shixiao.quality.web;

/** Who may open the quality pages, as method-security expressions. */
final class Access {

    /** Insurer staff and the administrator. */
    static final String STAFF = "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR','CLAIMS_HANDLER',"
            + "'COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    /**
     * Who keeps the list: the platform administrator only, because the list is one for every insurer (the
     * issue: "as data an administrator can extend") and one insurer's inspector must not change what the
     * others' staff may say.
     */
    static final String EDITORS = "hasRole('ADMIN')";

    /** Who reads the review queue and the statistics. */
    static final String SUPERVISORS = "hasAnyRole('ADMIN','QUALITY_INSPECTOR','MANAGER')";

    /** Who decides on a held text. */
    static final String REVIEWERS = "hasAnyRole('QUALITY_INSPECTOR','MANAGER')";

    private Access() {}
}
