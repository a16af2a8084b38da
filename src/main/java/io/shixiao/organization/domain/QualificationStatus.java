package io.shixiao.organization.domain;

/** Where a certificate stands on a given day. */
public enum QualificationStatus {
    /** 有效: valid for more than 30 days, or without an end. */
    VALID("有效"),
    /** 30天内到期: valid today, expires within 30 days. */
    EXPIRING_SOON("30天内到期"),
    /** 已过期: the expiry date has passed. */
    EXPIRED("已过期");

    private final String chineseName;

    QualificationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
