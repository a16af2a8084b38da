package io.shixiao.policies;

/** The three items of 交强险 liability, each with its own limit (机动车交通事故责任强制保险条款 第八条). */
public enum LimitItem {
    /** 死亡伤残赔偿限额. */
    DEATH_AND_DISABILITY,
    /** 医疗费用赔偿限额. */
    MEDICAL_EXPENSES,
    /** 财产损失赔偿限额. */
    PROPERTY_DAMAGE
}
