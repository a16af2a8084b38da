package io.shixiao.enrolment.domain;

/** Where a house claim stands. */
public enum ClaimState {
    /** 已报案: reported with its village batch. */
    REPORTED,
    /** 已联系: the surveyor reached the household. */
    CONTACTED,
    /** 已到达现场: the surveyor checked in at the house. */
    ARRIVED,
    /** 已定损: the loss was assessed with photos. */
    ASSESSED,
    /** 公示中: the assessed loss is on the village notice, open to objections. */
    ON_NOTICE,
    /** 资料齐全: the file is complete (notice over without open objection, or none required); review runs. */
    DOCUMENTS_COMPLETE,
    /** 审核通过: approved for payment. */
    APPROVED,
    /** 已支付: paid to the household's own account. */
    PAID
}
