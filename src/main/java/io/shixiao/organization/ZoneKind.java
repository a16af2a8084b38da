package io.shixiao.organization;

/** The kind of area an arrival time limit depends on. */
public enum ZoneKind {
    /** 城区: 30 minutes to the site (浙江规范 第七章 2.3.9). */
    URBAN("城区"),
    /** 城区以外: one hour to the site (浙江规范 第七章 2.3.9). */
    OUTSIDE_URBAN("城区以外"),
    /** 县城: half an hour to the site (互助县农房保险投标文件). */
    COUNTY_TOWN("县城"),
    /** 县内其他区域: three hours to the site (互助县农房保险投标文件). */
    ELSEWHERE_IN_COUNTY("县内其他区域");

    private final String chineseName;

    ZoneKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
