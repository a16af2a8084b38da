package io.shixiao.organization.application;

import io.shixiao.organization.domain.Outlet;

/** An outlet together with the unit it belongs to, as lists and scope checks need it. */
public record OutletRecord(Outlet outlet, long insurerId, String orgUnitCode, String orgUnitName, String orgPath) {}
