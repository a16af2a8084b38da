package io.shixiao.claims.domain;

/** Where a claim stands. Pages show it as {@code enum.ClaimStatus.<NAME>}. */
public enum ClaimStatus {
    /** 已报案: registered, waiting for a surveyor. */
    REPORTED,
    /** 已调度: a surveyor has the case and is on the way. */
    DISPATCHED,
    /** 已到达现场: the surveyor checked in on site. */
    ON_SITE,
    /** 查勘完成: the survey report is saved (or no site survey was needed). */
    SURVEYED,
    /** 已定损: the loss assessment waits for its review. */
    ASSESSED,
    /** 已核损: the assessment was reviewed; documents are awaited. */
    REVIEWED,
    /** 单证收集中: the claim application is in; documents are being collected. */
    COLLECTING_DOCUMENTS,
    /** 单证齐全: every document on the checklist is in hand. */
    DOCUMENTS_COMPLETE,
    /** 已理算: the payable amount is computed and cover decided (核定). */
    ADJUSTED,
    /** 核赔通过: approved within the approver's authority. */
    APPROVED,
    /** 已达成赔付协议: the claimant agreed the amount. */
    AGREED,
    /** 已支付: the bank confirmed the transfer. */
    PAID,
    /** 已结案: closed after payment. */
    CLOSED,
    /** 已拒赔: decided not covered; the denial notice goes out. */
    DENIED,
    /** 已撤案/注销: withdrawn by the claimant or cancelled. */
    WITHDRAWN;

    /** Whether no further step but reopening can happen. */
    public boolean isFinal() {
        return this == CLOSED || this == DENIED || this == WITHDRAWN;
    }
}
