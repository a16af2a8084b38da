package io.shixiao.servicelevel;

/**
 * Where a case's site lies, as arrival limits distinguish it: the zones of the organisation's zone
 * map, and outside the province of the answering branch. The owning module derives it from the site
 * and the insurer's zones.
 */
public enum Zone {
    /** 城区 (浙江规范 第七章 2.3.9: 30 minutes). */
    URBAN,
    /** 城区以外 (浙江规范 第七章 2.3.9: one hour). */
    OUTSIDE_URBAN,
    /** 县城区以内 (互助县投标方案: half an hour). */
    COUNTY_TOWN,
    /** 城区以外且在县境内 (互助县投标方案: three hours). */
    ELSEWHERE_IN_COUNTY,
    /** 省外: the site lies outside the province of the answering branch (浙江规范 2.3.9 代查勘). */
    OUT_OF_PROVINCE
}
