package io.shixiao.shared.security;

/**
 * The people who use Shixiao (DESIGN §1). Spring Security sees each as authority {@code ROLE_<name>}.
 */
public enum Role {
    /** 平台管理员: runs the platform, sees every insurer, browses the audit trail. */
    ADMIN("平台管理员"),
    /** 坐席: registers reports, consultations and complaints; answers status questions. */
    AGENT("坐席"),
    /** 调度: assigns surveyors within the five-minute dispatch limit. */
    DISPATCHER("调度"),
    /** 查勘员: contacts the customer, checks in on site, surveys, on a phone. */
    SURVEYOR("查勘员"),
    /** 定损/核损: loss assessment and assessment review. */
    ASSESSOR("定损核损"),
    /** 单证/理算/核赔: documents, adjustment and approval within authority limits. */
    CLAIMS_HANDLER("理赔处理"),
    /** 投诉专员: complaints with statutory clocks, remedies and rectification. */
    COMPLAINT_HANDLER("投诉专员"),
    /** 回访员: callbacks and satisfaction surveys. */
    CALLBACK_AGENT("回访员"),
    /** 网点负责人/分公司管理: service-level monitoring, escalations, inspections, scorecards. */
    MANAGER("管理人员"),
    /** 质检: inspections, rectification ledger, forbidden-phrase checks. */
    QUALITY_INSPECTOR("质检员"),
    /** 行业协会: cross-company statistics only, never an insurer's individual records. */
    ASSOCIATION("行业协会"),
    /** 县应急管理局: the rural housing scheme of its county. */
    COUNTY_AUTHORITY("县应急管理局"),
    /**
     * 村级联络员: reports the damaged houses of the villages assigned to them after a disaster, from a
     * phone, and sees those villages' enrolled households masked; nothing else.
     */
    VILLAGE_LIAISON("村级联络员");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles that work inside one insurer and see its records within their organisation subtree. */
    public boolean isInsurerStaff() {
        return this != ADMIN && this != ASSOCIATION && this != COUNTY_AUTHORITY && this != VILLAGE_LIAISON;
    }
}
