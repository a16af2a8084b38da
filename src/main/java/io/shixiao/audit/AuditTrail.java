package io.shixiao.audit;

/**
 * Records writes and views of personal data. Called inside the writing transaction, so an audit row
 * exists exactly when the change it describes was committed.
 */
public interface AuditTrail {

    /** A change: {@code action} such as {@code CREATE}, {@code UPDATE}, {@code DEACTIVATE}. */
    void recordWrite(String action, String entityType, Object entityId, String summary);

    /** A view of unmasked personal data (ID number, mobile, bank account) of one record. */
    void recordPiiView(String entityType, Object entityId, String fields);

    /** A security event (login failure, lock-out), not tied to a record. */
    void recordSecurityEvent(String action, String actor, String summary);
}
