package io.shixiao.feedback.web;

/** Who may use the callbacks, as method-security expressions. */
final class Access {

    /** Who reads the queue and the statistics. */
    static final String READERS = "hasAnyRole('ADMIN','CALLBACK_AGENT','COMPLAINT_HANDLER','CLAIMS_HANDLER','MANAGER',"
            + "'QUALITY_INSPECTOR')";

    /** Who calls customers back. */
    static final String AGENTS = "hasAnyRole('CALLBACK_AGENT','MANAGER')";

    /** Who sets an insurer's callback rule. */
    static final String MANAGERS = "hasRole('MANAGER')";

    private Access() {}
}
