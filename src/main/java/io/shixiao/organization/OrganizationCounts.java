package io.shixiao.organization;

/** Dashboard figures within one data scope: active units, active outlets and active staff. */
public record OrganizationCounts(long units, long outlets, long activeStaff) {}
