package io.shixiao.enrolment.domain;

import java.util.Arrays;
import java.util.Optional;

/** How the insured dwelling is built, as the registry records it. */
public enum HouseStructure {
    FRAME("框架"),
    BRICK_CONCRETE("砖混"),
    BRICK_WOOD("砖木"),
    EARTH_WOOD("土木"),
    OTHER("其他");

    private final String chineseName;

    HouseStructure(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<HouseStructure> parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(s -> s.chineseName.equals(wanted) || s.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
