package io.shixiao.servicelevel;

/** How a report, consultation or complaint reached the insurer. */
public enum Channel {
    /** 热线电话. */
    HOTLINE,
    /** 服务网点柜面. */
    OUTLET,
    /** 网上、手机自助. */
    PORTAL,
    /** 信函. */
    LETTER,
    /** 监管部门转办. */
    REGULATOR_RELAYED,
    /** 行业协会转办. */
    ASSOCIATION_RELAYED
}
