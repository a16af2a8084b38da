package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.SchemeRules;
import java.time.LocalDate;
import java.util.Map;

/** The 互助县 scheme of a test's own year (one scheme per county and year), run by 安澜财险互助支公司. */
final class TestSchemes {

    private TestSchemes() {}

    static SchemeDraft huzhu(int year, long unitId, SchemeRules rules) {
        return new SchemeDraft(
                "630223",
                year,
                "互助县" + year + "年度政策性农村住房保险（测试）",
                unitId,
                "HUZHU-BID-2025",
                "互助土族自治县应急管理局",
                LocalDate.of(year, 8, 20),
                LocalDate.of(year, 9, 1),
                LocalDate.of(year + 1, 8, 31),
                rules,
                SchemeDraft.HUZHU_PERILS,
                SchemeDraft.HUZHU_EXCLUSIONS,
                SchemeDraft.HUZHU_INSURED_OBJECT,
                SchemeDraft.HUZHU_EXCLUDED_OBJECTS,
                Map.of("bid.claim-review", 5, "bid.claim-payment", 3, "bid.report-response", 2));
    }
}
