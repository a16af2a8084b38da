package io.shixiao.organization;

/**
 * The levels of an insurer's branch tree, from the head office down. A unit's parent is always of a
 * higher level (a smaller rank); only the head office stands at the root.
 */
public enum OrgUnitLevel {
    /** 总公司: the root of an insurer's tree, exactly one per insurer. */
    HEAD_OFFICE("总公司", 1),
    /** 分公司: provincial branch (二级机构). */
    BRANCH("分公司", 2),
    /** 中心支公司: city-level branch (三级机构). */
    CENTRAL_SUB_BRANCH("中心支公司", 3),
    /** 支公司: county-level branch (四级机构). */
    SUB_BRANCH("支公司", 4),
    /** 营业部: business department. */
    BUSINESS_DEPARTMENT("营业部", 5),
    /** 营销服务部: marketing service department, the lowest level. */
    MARKETING_SERVICE_DEPARTMENT("营销服务部", 5);

    private final String chineseName;
    private final int rank;

    OrgUnitLevel(String chineseName, int rank) {
        this.chineseName = chineseName;
        this.rank = rank;
    }

    public String chineseName() {
        return chineseName;
    }

    /** 1 for the head office; a child's rank is always greater than its parent's. */
    public int rank() {
        return rank;
    }

    /** Whether a unit of this level may have a child of level {@code child}. */
    public boolean mayContain(OrgUnitLevel child) {
        return child != HEAD_OFFICE && child.rank > rank;
    }
}
