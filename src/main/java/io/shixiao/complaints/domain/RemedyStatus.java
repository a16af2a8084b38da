package io.shixiao.complaints.domain;

/** Where a remedy stands. */
public enum RemedyStatus {
    /** 已提出: proposed, by a handler or automatically after a breach or an upheld complaint. */
    PROPOSED,
    /** 已批准: a compensation approved by a manager, ready to offer. */
    APPROVED,
    /** 客户接受: the customer accepted the remedy. */
    ACCEPTED,
    /** 客户拒绝: the customer refused it; recorded with their words. */
    REFUSED,
    /** 已落实: carried out and followed up. */
    COMPLETED
}
