package io.shixiao.organization.application;

import io.shixiao.organization.domain.Zone;

/** A zone together with its unit, as lists and scope checks need it. */
public record ZoneRecord(Zone zone, String orgUnitCode, String orgUnitName, String orgPath) {}
