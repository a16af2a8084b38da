package io.shixiao.policies.application;

import java.math.BigDecimal;

/** Lines of PostgreSQL's COPY CSV format: null as an empty unquoted field, every text quoted. */
final class Csv {

    private Csv() {}

    static void line(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            if (value instanceof Number number) {
                out.append(number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString());
            } else if (value instanceof Boolean flag) {
                out.append(flag ? 't' : 'f');
            } else {
                out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
