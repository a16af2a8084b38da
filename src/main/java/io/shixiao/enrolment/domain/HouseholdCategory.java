package io.shixiao.enrolment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of household the bid prices apart (R10): ordinary households pay their share; the special
 * ones — 农村低保户, 特困供养家庭 (not 集中供养), 优抚家庭, 贫困重度残疾人家庭, 脱贫户 — are paid for by the
 * government at a lower sum insured and may top it up themselves.
 */
public enum HouseholdCategory {
    ORDINARY("一般农户"),
    LOW_INCOME("低保户"),
    EXTREME_POVERTY("特困供养"),
    ENTITLED("优抚家庭"),
    SEVERE_DISABILITY("贫困重度残疾人家庭"),
    LIFTED_FROM_POVERTY("脱贫户");

    private final String chineseName;

    HouseholdCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the government pays the whole basic premium of this household (R10). */
    public boolean isSpecial() {
        return this != ORDINARY;
    }

    /** The category named in a workbook cell, by its Chinese name or its code. */
    public static Optional<HouseholdCategory> parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(c -> c.chineseName.equals(wanted) || c.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
