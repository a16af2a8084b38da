package io.shixiao.customer.web;

/** Who may find a customer, as a method-security expression. */
final class Access {

    /**
     * The roles that answer customers about everything they have with the insurer: the hotline (坐席), claims
     * handling, complaints, callbacks and management. Finding a person by ID number or mobile is a view of that
     * person's data (docs/security.md), so the roles whose work starts from a case they are given — dispatch,
     * survey, assessment, quality inspection — do not search, nor the administrator, the associations and the
     * county authority, who see no insurer's customers.
     */
    static final String SEARCHERS =
            "hasAnyRole('AGENT','CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER')";

    private Access() {}
}
