package io.shixiao.servicelevel.standard;

import java.util.List;

/**
 * The catalog is broken: every problem found, each as {@code file:line: message}, e.g.
 * {@code standards/law.yml:42: unknown unit 'WEEKS' in LAW-24.period.unit}. Thrown at start-up, so a
 * bad entry stops the application rather than silently dropping a time limit.
 */
public class CatalogException extends RuntimeException {

    private final transient List<String> problems;

    public CatalogException(List<String> problems) {
        super("The service-standards catalog is invalid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
