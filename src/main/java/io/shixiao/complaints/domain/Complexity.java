package io.shixiao.complaints.domain;

/** How long 投诉办法第十八条 lets the decision take. */
public enum Complexity {
    /** 事实清楚、争议情况简单: 15 days. */
    SIMPLE,
    /** 情况复杂: up to 30 days, on the handler's own finding. */
    COMPLEX,
    /** 情况特别复杂或者有其他特殊原因: another 30 days, approved by a senior manager and told to the complainant. */
    ESPECIALLY_COMPLEX
}
