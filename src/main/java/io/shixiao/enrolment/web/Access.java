package io.shixiao.enrolment.web;

/** Who may call the rural housing pages and API, as method-security expressions; rows are scoped below. */
final class Access {

    /** Readers: the administrator, the county authority and the insurer's staff. */
    static final String READERS = "hasAnyRole('ADMIN','COUNTY_AUTHORITY','AGENT','DISPATCHER','SURVEYOR','ASSESSOR',"
            + "'CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    /** Workers: the administrator and the insurer's staff (the county authority reads only). */
    static final String WORKERS = "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR',"
            + "'CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    /** Who reports a damaged-house batch: the workers and the village liaison (for their own villages). */
    static final String REPORTERS = "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR',"
            + "'CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR','VILLAGE_LIAISON')";

    /** Who sees a village's households masked: the readers and the village liaison (their own villages). */
    static final String VILLAGE_READERS = "hasAnyRole('ADMIN','COUNTY_AUTHORITY','AGENT','DISPATCHER','SURVEYOR',"
            + "'ASSESSOR','CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR',"
            + "'VILLAGE_LIAISON')";

    /** Who assigns liaisons to villages: the administrator and the scheme's manager. */
    static final String LIAISON_ASSIGNERS = "hasAnyRole('ADMIN','MANAGER')";

    /** The village liaison alone. */
    static final String LIAISON = "hasRole('VILLAGE_LIAISON')";

    private Access() {}
}
