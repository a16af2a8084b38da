package io.shixiao.claims;

/**
 * The kind of claim, which decides the documents to hand in (单证清单) and the coverages adjusted.
 * Pages show it as {@code enum.ClaimKind.<NAME>}.
 */
public enum ClaimKind {
    /** 机动车车损: damage to the insured vehicle. */
    MOTOR_OWN_DAMAGE,
    /** 机动车三者财产: damage to a third party's property. */
    MOTOR_THIRD_PARTY,
    /** 机动车人伤: people hurt in a motor accident. */
    MOTOR_INJURY,
    /** 财产险: damage to insured property (企财、家财). */
    PROPERTY;

    /** Whether the claim is under a motor policy (浙江规范 binds it). */
    public boolean motor() {
        return this != PROPERTY;
    }
}
