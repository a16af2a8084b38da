package io.shixiao.duties;

/** Who a recurring duty falls on. */
public enum DutyOwnerType {
    /** An insurer as a whole (e.g. the party that signed the service-quality agreement). */
    INSURER,
    /** One unit of an insurer's branch tree. */
    BRANCH,
    /** An insurance association (e.g. 陇南市保险行业协会). */
    ASSOCIATION,
    /** A policy-based scheme, through the contract its bid became. */
    SCHEME
}
