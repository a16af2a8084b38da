package io.shixiao.servicelevel;

/** The line of business of a case: which standards of a sector apply to it. */
public enum ProductLine {
    /** 机动车辆保险: 交强险, 商业三者险, 车损险. */
    MOTOR,
    /** 政策性农村住房保险. */
    RURAL_HOUSING,
    /** 企业财产、家庭财产等财产保险. */
    PROPERTY,
    /** Any other line. */
    OTHER;
}
