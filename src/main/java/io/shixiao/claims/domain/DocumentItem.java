package io.shixiao.claims.domain;

/** A document a claimant hands in (单证). Pages show it as {@code enum.DocumentItem.<NAME>}. */
public enum DocumentItem {
    /** 索赔申请书. */
    CLAIM_APPLICATION,
    /** 被保险人身份证明. */
    ID_DOCUMENT,
    /** 驾驶证. */
    DRIVING_LICENCE,
    /** 行驶证. */
    VEHICLE_LICENCE,
    /** 事故责任认定书或协议书. */
    ACCIDENT_CERTIFICATE,
    /** 定损单. */
    ASSESSMENT_SHEET,
    /** 维修发票. */
    REPAIR_INVOICE,
    /** 第三者财产损失清单及证明. */
    THIRD_PARTY_LOSS_PROOF,
    /** 病历及诊断证明. */
    MEDICAL_RECORDS,
    /** 医疗费用票据. */
    MEDICAL_INVOICES,
    /** 伤残鉴定书（如有伤残）. */
    DISABILITY_ASSESSMENT,
    /** 财产损失清单. */
    PROPERTY_LOSS_LIST,
    /** 财产权属证明. */
    OWNERSHIP_PROOF,
    /** 出险证明（消防、气象、公安等）. */
    INCIDENT_PROOF,
    /** 收款账户信息. */
    BANK_ACCOUNT
}
