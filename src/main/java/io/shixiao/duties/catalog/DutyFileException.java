package io.shixiao.duties.catalog;

import java.util.List;

/** The recurring-duty file is wrong; the message names every problem with its file and line. */
public class DutyFileException extends RuntimeException {

    private final List<String> problems;

    public DutyFileException(List<String> problems) {
        super("The recurring-duty file has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
