package io.shixiao.complaints.domain;

/** A period the complaint limit does not count (投诉办法第十八条第二款, 第二十三条). */
public enum Pause {
    /** 外部鉴定、检测、评估: not counted once the complainant is told. */
    APPRAISAL,
    /** 调解: the mediation period is not counted. */
    MEDIATION
}
