package io.shixiao.complaints.domain;

/** How a consultation or complaint reached the insurer (浙江规范第八章 1.1; 投诉办法第三十三条 for relayed ones). */
public enum ContactChannel {
    /** 热线电话. */
    HOTLINE,
    /** 服务网点柜面 (在面谈中提出). */
    OUTLET,
    /** 信函. */
    LETTER,
    /** 网上、手机自助. */
    ONLINE,
    /** 监管部门转办. */
    REGULATOR_RELAYED,
    /** 行业协会转办. */
    ASSOCIATION_RELAYED;

    /** Whether a regulator or the association relayed it (浙江规范第八章 3.3: feedback within 3 working days). */
    public boolean relayed() {
        return this == REGULATOR_RELAYED || this == ASSOCIATION_RELAYED;
    }
}
