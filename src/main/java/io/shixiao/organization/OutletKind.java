package io.shixiao.organization;

/** The two kinds of service outlet (浙江规范 第二章 1.1). */
public enum OutletKind {
    /** 公司自建网点: premises of the insurer itself. */
    SELF_BUILT("自建网点"),
    /** 合作单位驻点: a desk at a partner's premises (e.g. a 4S dealer or a traffic police hall). */
    PARTNER_SITE("合作单位驻点");

    private final String chineseName;

    OutletKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
