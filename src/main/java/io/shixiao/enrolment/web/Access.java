package io.shixiao.enrolment.web;

/** Who may call the rural housing pages and API, as method-security expressions; rows are scoped below. */
final class Access {

    /** Readers: the administrator, the county authority and the insurer's staff. */
    static final String READERS = "hasAnyRole('ADMIN','COUNTY_AUTHORITY','AGENT','DISPATCHER','SURVEYOR','ASSESSOR',"
            + "'CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    /** Workers: the administrator and the insurer's staff (the county authority reads only). */
    static final String WORKERS = "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR',"
            + "'CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    private Access() {}
}
