package io.shixiao.servicelevel.standard;

import java.util.List;

/**
 * Where a time limit comes from.
 *
 * @param tier law, regulation, association norm, company pledge or contract
 * @param document e.g. 中华人民共和国保险法
 * @param documentCode a stable name of the document that contracts refer to, e.g. {@code SERVICE-AGREEMENT}
 * @param clause e.g. 第二十三条
 * @param quote the clause's words, verbatim; several passages are joined by {@link #PASSAGE_SEPARATOR}
 */
public record Source(Tier tier, String document, String documentCode, String clause, String quote) {

    /** Joins verbatim passages of one quote; each passage on its own is a verbatim copy. */
    public static final String PASSAGE_SEPARATOR = " …… ";

    /** The verbatim passages of the quote. */
    public List<String> passages() {
        return List.of(quote.split(PASSAGE_SEPARATOR));
    }

    /** The authority of the source, strongest first. */
    public enum Tier {
        /** 法律 (保险法, 民法典) and judicial interpretations of it. */
        LAW,
        /** 部门规章/监管规定 (投诉处理管理办法). */
        REGULATION,
        /** 行业协会规范 (浙江保险业机动车辆保险客户服务规范). */
        ASSOCIATION_NORM,
        /** 公司服务承诺 and the company's own service targets. */
        COMPANY_PLEDGE,
        /** 合同约定 (服务质量协议, 农房保险投标方案). */
        CONTRACT
    }
}
