package io.shixiao.claims.domain;

/** What an assessed loss is of; decides the cover that pays it. Shown as {@code enum.LossCategory.<NAME>}. */
public enum LossCategory {
    /** 本车损失: paid by 车损险. */
    OWN_VEHICLE,
    /** 第三者财产损失: 交强险 财产损失 first, then 商业三者险. */
    THIRD_PARTY_PROPERTY,
    /** 医疗费用: 交强险 医疗费用 first, then 商业三者险. */
    MEDICAL,
    /** 死亡伤残: 交强险 死亡伤残 first, then 商业三者险. */
    DEATH_AND_DISABILITY,
    /** 财产损失 (企财、家财、农房). */
    INSURED_PROPERTY
}
