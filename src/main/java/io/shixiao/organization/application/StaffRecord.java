package io.shixiao.organization.application;

import io.shixiao.organization.domain.Staff;

/** A staff member together with their unit, as lists and scope checks need it. */
public record StaffRecord(Staff staff, String orgUnitCode, String orgUnitName, String orgPath) {}
