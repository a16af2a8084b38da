package io.shixiao.customer;

/**
 * Finds one customer's file for the signed-in staff member, within that member's data scope. Every call is a
 * view of personal data and is audited: the search with its key masked (a miss too, so guessing shows in the
 * trail) and each record shown.
 */
public interface CustomerFiles {

    /**
     * The file of the customer {@code key} identifies; empty (not {@link CustomerFile#found()}) when nothing in
     * the caller's scope matches, exactly as when the key matches another insurer's records only.
     *
     * @param channel where the search came from ({@code api} or {@code page}), for the audit trail
     * @throws SearchesExhaustedException when the caller has used up the searches allowed per hour
     */
    CustomerFile find(CustomerKey key, String channel);
}
