package io.shixiao.enrolment.domain;

/** A rule of the scheme or of a claim was broken; names the field at fault. */
public class SchemeRuleViolation extends RuntimeException {

    private final String field;

    public SchemeRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
