package io.shixiao.claims.domain;

/**
 * How the parties agree to settle a disputed or difficult survey or assessment (浙江规范第七章 2.4.4
 * 「经双方当事人约定,可约定再次查勘的时间或请公估人或专家共同定损」).
 */
public enum DisputeResolution {
    /** 约定再次查勘的时间. */
    RESURVEY,
    /** 请公估人共同定损. */
    LOSS_ADJUSTER,
    /** 请专家共同定损. */
    EXPERT
}
