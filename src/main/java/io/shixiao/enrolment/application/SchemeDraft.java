package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.SchemeRules;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new scheme: the county and year, the insurer's unit that runs it, the bid whose standards bind it
 * and the county authority that signed the contract, its period, its rules and texts, and the values
 * of the bid's blanks ({@code bid.claim-review} → 5 …) to register with the service-level engine.
 */
public record SchemeDraft(
        String countyCode,
        int year,
        String name,
        long orgUnitId,
        String bidDocument,
        String countyAuthority,
        LocalDate signedOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        SchemeRules rules,
        String perils,
        String exclusions,
        String insuredObject,
        String excludedObjects,
        Map<String, Integer> serviceLimits) {

    /** 互助县's bid texts (R02, R03, R05, R07, R08), quoted. */
    public static final String HUZHU_PERILS =
            "地震、雷击、大风、暴雨、雨涝、洪水、雪灾、冰雹、泥石流、冰凌、山体崩塌、突发性滑坡、地面突然下陷等自然灾害，以及火灾、爆炸，飞行物体及其他空中运行物体坠落，"
                    + "外来不属于被保险人所有或使用的建筑物和其他固体物体的倒塌等意外事故造成的房屋损失。";

    public static final String HUZHU_EXCLUSIONS = "投保人、被保险人及其家庭成员、寄宿人员、租借人员、雇佣人员的违法、犯罪或故意行为，"
            + "战争、敌对行动、军事行动、武装冲突、罢工、骚乱、暴动、政变、谋反、恐怖活动，核辐射、核爆炸、核污染及其他放射性污染，"
            + "行政行为或司法行为等原因造成的损失、费用；超过政策性农村住房保险赔偿金额以上部分损失以及农房装修、农房室内财产、农房室内盗抢等损失。";

    public static final String HUZHU_INSURED_OBJECT = "座落于乡村且长期生活居住的成套房间，包括卧室、正厅、饭厅、厨房、封闭、卫生间等房屋主体部分；以户为单位，一户只保一座房屋，"
            + "一户有多座房屋的只保户口簿列明户主日常长期居住的房屋；多户未分家且共同居住的视为一户。";

    public static final String HUZHU_EXCLUDED_OBJECTS =
            "附属于房屋外部或者独立于房屋的围墙、院门、车库、厕所、禽畜间、柴草间、杂物间、简易搭盖、单独的店面、作坊等；" + "无人居住和正在建造的房屋、装潢、室内财产。";
}
