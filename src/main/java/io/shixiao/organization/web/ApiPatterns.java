package io.shixiao.organization.web;

/** Shapes of the organisation's identifiers, shared by the API's request records and the page forms. */
final class ApiPatterns {

    static final String DIVISION = "\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}";
    static final String HOTLINE = "[0-9-]{3,20}";
    static final String UNIT_CODE = "[A-Z0-9][A-Z0-9-]{0,63}";
    static final String INSURER_CODE = "[A-Z][A-Z0-9_]{1,31}";
    static final String ASSOCIATION_CODE = "[A-Z0-9][A-Z0-9-]{0,31}";
    static final String EMPLOYEE_NO = "[A-Za-z0-9-]{1,32}";
    static final String MOBILE = "1[3-9]\\d{9}";
    static final String CREDIT_CODE = "[0-9A-Z]{18}";

    private ApiPatterns() {}
}
