package io.shixiao.organization;

/** One unit of an insurer's branch tree as other modules see it. {@code path} is like {@code /1/4/9/}. */
public record OrgUnitView(
        long id,
        long insurerId,
        String code,
        String name,
        OrgUnitLevel level,
        String path,
        String divisionCode,
        boolean active) {}
