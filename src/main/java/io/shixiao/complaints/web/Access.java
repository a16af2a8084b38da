package io.shixiao.complaints.web;

/** Who may use the complaint desk, as method-security expressions. */
final class Access {

    /** Who reads consultations, complaints, remedies and the ledger: insurer staff and the administrator. */
    static final String READERS = "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR','CLAIMS_HANDLER',"
            + "'COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')";

    /** Who takes consultations and complaints (浙江规范第八章 2.2: every post helps the customer complain). */
    static final String INTAKE = "hasAnyRole('AGENT','CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER',"
            + "'DISPATCHER','SURVEYOR','ASSESSOR','QUALITY_INSPECTOR')";

    /** Who handles a complaint once registered. */
    static final String HANDLERS = "hasAnyRole('COMPLAINT_HANDLER','MANAGER')";

    /** Who approves compensation and verifies rectification. */
    static final String MANAGERS = "hasAnyRole('MANAGER','QUALITY_INSPECTOR')";

    private Access() {}
}
