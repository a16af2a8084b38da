package io.shixiao.enrolment.domain;

/** The perils the scheme covers (R05), as the liaison picks the cause of a village's damage. */
public enum Peril {
    EARTHQUAKE("地震"),
    LIGHTNING("雷击"),
    GALE("大风"),
    RAINSTORM("暴雨"),
    WATERLOGGING("雨涝"),
    FLOOD("洪水"),
    SNOW("雪灾"),
    HAIL("冰雹"),
    DEBRIS_FLOW("泥石流"),
    ICE("冰凌"),
    ROCKFALL("山体崩塌"),
    LANDSLIDE("突发性滑坡"),
    SUBSIDENCE("地面突然下陷"),
    FIRE("火灾"),
    EXPLOSION("爆炸"),
    FALLING_OBJECT("空中运行物体坠落"),
    OUTSIDE_COLLAPSE("外来建筑物倒塌");

    private final String chineseName;

    Peril(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name the batch records (at most 32 characters). */
    public String chineseName() {
        return chineseName;
    }
}
