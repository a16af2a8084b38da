package io.shixiao.complaints.domain;

/** Why a remedy was proposed. */
public enum RemedyTrigger {
    /** The complaint was decided in the complainant's favour. */
    UPHELD,
    /** A service clock of the case was breached (服务质量协议 5.3 服务失误). */
    CLOCK_BREACHED,
    /** A handler proposed it. */
    MANUAL
}
