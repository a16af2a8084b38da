package io.shixiao.organization.application;

/** Counts of one member insurer, as an association may see them: no individual record. */
public record MemberStatistics(
        long insurerId,
        String insurerCode,
        String insurerName,
        long activeUnits,
        long activeOutlets,
        long activeStaff) {}
