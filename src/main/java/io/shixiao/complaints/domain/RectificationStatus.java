package io.shixiao.complaints.domain;

/** Where a rectification item stands. */
public enum RectificationStatus {
    /** 整改中. */
    OPEN,
    /** 已整改: the owner reported the result. */
    DONE,
    /** 已验证: someone other than the owner verified the result. */
    VERIFIED
}
