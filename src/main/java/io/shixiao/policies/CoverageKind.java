package io.shixiao.policies;

import io.shixiao.servicelevel.ProductLine;

/** A cover (险种) a policy carries, and the line of business it belongs to. */
public enum CoverageKind {
    /** 机动车交通事故责任强制保险 (交强险): fixed limits per item, held as data ({@link ItemLimit}). */
    CTPL(ProductLine.MOTOR),
    /** 机动车第三者责任保险 (商业三者险): liability up to the sum insured. */
    THIRD_PARTY_LIABILITY(ProductLine.MOTOR),
    /** 机动车损失保险 (车损险): the vehicle's own damage up to the sum insured, less the deductible. */
    VEHICLE_DAMAGE(ProductLine.MOTOR),
    /** 财产基本险 / 家庭财产保险: buildings and contents at the insured address. */
    PROPERTY_DAMAGE(ProductLine.PROPERTY),
    /** 政策性农村住房保险: the insured household's house. */
    RURAL_HOUSING(ProductLine.RURAL_HOUSING);

    private final ProductLine productLine;

    CoverageKind(ProductLine productLine) {
        this.productLine = productLine;
    }

    public ProductLine productLine() {
        return productLine;
    }
}
