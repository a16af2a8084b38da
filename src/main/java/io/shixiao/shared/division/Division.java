package io.shixiao.shared.division;

/** One administrative division: its code, its name, its level and the division it belongs to. */
public record Division(
        DivisionCode code,
        String name,
        DivisionLevel level,
        @org.jspecify.annotations.Nullable DivisionCode parentCode) {}
