package io.shixiao.enrolment.domain;

/** How badly a house was damaged, by the 民政部 grading the bid refers to (R06). */
public enum LossExtent {
    /** 倒塌: the house collapsed or must be pulled down; the sum insured is paid. */
    TOTAL_COLLAPSE,
    /** 损坏: the house can be repaired; the assessed repair cost is paid up to the sum insured. */
    PARTIAL_DAMAGE
}
