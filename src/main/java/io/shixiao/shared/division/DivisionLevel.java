package io.shixiao.shared.division;

import org.jspecify.annotations.Nullable;

/** The five levels of the administrative division code (GB/T 2260 and its township/village extension). */
public enum DivisionLevel {
    /** 省级: two digits, e.g. 33 浙江省. */
    PROVINCE(2),
    /** 地级: four digits, e.g. 3301 杭州市. */
    CITY(4),
    /** 县级: six digits, e.g. 330106 西湖区. */
    COUNTY(6),
    /** 乡级 (镇、乡、街道): nine digits, e.g. 630223100 威远镇. */
    TOWNSHIP(9),
    /** 村级 (村委会、居委会): twelve digits. */
    VILLAGE(12);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level of a code with {@code digits} digits, or {@code null} for any other length. */
    public static @Nullable DivisionLevel ofDigits(int digits) {
        for (DivisionLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        return null;
    }
}
