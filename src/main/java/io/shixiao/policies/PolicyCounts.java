package io.shixiao.policies;

import io.shixiao.shared.security.DataScope;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counts of policies for other modules' statistics, e.g. complaints per 10,000 policies in force per branch
 * (issue 9). Like {@link Policies}, only what {@code scope} sees is counted: another insurer's policies,
 * or those of units outside the caller's subtree, count as none.
 */
public interface PolicyCounts {

    /**
     * The policies in force at {@code at} that a unit under each of {@code unitPaths} issued (the unit of the
     * path itself and every unit below it), by path; a path with none maps to 0. In force: the period has
     * begun and not yet ended, and no surrender took effect before {@code at}.
     */
    Map<String, Long> inForceUnder(Collection<String> unitPaths, Instant at, DataScope scope);
}
