package io.shixiao.shared.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that breaks one of the platform's input rules. Jackson adds the path of the field as the
 * exception travels out, so the answer can name it; {@link #rule()} says what is wrong.
 */
public final class RefusedInput extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    RefusedInput(JsonParser parser, String rule, Class<?> targetType) {
        super(parser, rule, targetType);
        this.rule = rule;
    }

    /** What the value must be, phrased to follow the field's name. */
    public String rule() {
        return rule;
    }
}
