package io.shixiao.quality.domain;

import java.util.List;

/**
 * The outcome of checking a text.
 *
 * @param blocked the text must not be sent or saved as it is
 * @param held the text is not blocked but waits for a supervisor's review
 * @param findings what was found, in the order of the text
 */
public record Verdict(boolean blocked, boolean held, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    /** Neither blocked nor held. */
    public boolean passed() {
        return !blocked && !held;
    }
}
