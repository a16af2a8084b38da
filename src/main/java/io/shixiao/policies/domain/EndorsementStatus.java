package io.shixiao.policies.domain;

/** Where an endorsement stands. */
public enum EndorsementStatus {
    /** 待补材料: requested; the applicant was told the materials once and is bringing them. */
    AWAITING_MATERIALS,
    /** 已批改: every material received and the change made to the policy. */
    COMPLETED,
    /** 已撤回: the applicant withdrew the request. */
    WITHDRAWN
}
