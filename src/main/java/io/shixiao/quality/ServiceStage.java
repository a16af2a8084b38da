package io.shixiao.quality;

/**
 * The stage of service a text belongs to, after the nine sections of the seed's 服务禁语
 * (浙江保险业机动车辆保险客户服务规范 第四篇 第九章). A text is checked against its stage's list and the
 * general list.
 */
public enum ServiceStage {
    /** 通用: every stage; the general list applies to every text. */
    GENERAL("通用", "第一节通用禁语"),
    /** 销售服务: selling a policy. */
    SALES("销售服务", "第二节销售服务禁语"),
    /** 承保服务: underwriting, filling in the proposal, endorsements and surrender. */
    UNDERWRITING("承保服务", "第三节承保服务禁语"),
    /** 接报案服务: taking a claim report on the hotline. */
    REPORT("接报案服务", "第四节接报案服务禁语"),
    /** 查勘服务: surveying the accident on site. */
    SURVEY("查勘服务", "第五节查勘服务禁语"),
    /** 定损服务: loss assessment and its review. */
    ASSESSMENT("定损服务", "第六节定损服务禁语"),
    /** 单证收集服务: collecting claim documents, adjustment and payment questions. */
    DOCUMENTS("单证收集服务", "第七节单证收集服务禁语"),
    /** 处理外部投诉服务: answering a customer's complaint. */
    COMPLAINT("处理外部投诉服务", "第八节处理外部投诉服务禁语"),
    /** 内部服务: between staff, in notes and internal messages. */
    INTERNAL("内部服务", "第九节内部服务禁语");

    private final String chineseName;
    private final String seedSection;

    ServiceStage(String chineseName, String seedSection) {
        this.chineseName = chineseName;
        this.seedSection = seedSection;
    }

    /** The stage as the seed names it, e.g. {@code 接报案服务}. */
    public String chineseName() {
        return chineseName;
    }

    /** The seed's section heading for the stage's list, e.g. {@code 第四节接报案服务禁语}. */
    public String seedSection() {
        return seedSection;
    }
}
