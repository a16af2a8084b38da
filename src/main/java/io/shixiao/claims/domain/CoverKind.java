package io.shixiao.claims.domain;

/** The covers a claim is adjusted against. Shown as {@code enum.CoverKind.<NAME>}. */
public enum CoverKind {
    /** 交强险. */
    CTPL,
    /** 商业三者险. */
    THIRD_PARTY_LIABILITY,
    /** 车损险. */
    VEHICLE_DAMAGE,
    /** 财产险. */
    PROPERTY_DAMAGE
}
