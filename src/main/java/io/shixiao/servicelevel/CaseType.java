package io.shixiao.servicelevel;

/** The kinds of case a service standard binds; each milestone belongs to one of them. */
public enum CaseType {
    /** 赔案: from the report (报案) to payment or denial. */
    CLAIM("赔案"),
    /** 投诉: a consumer complaint and its review (核查). */
    COMPLAINT("投诉"),
    /** 咨询: a question about products, cover or procedure. */
    CONSULTATION("咨询"),
    /** 保单事务: issue, delivery and renewal of a policy. */
    POLICY("保单"),
    /** 热线来电: one call to the service hotline. */
    HOTLINE_CALL("热线来电");

    private final String chineseName;

    CaseType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
