package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.time.Instant;

/**
 * The value an insurer or scheme set for one contract blank.
 *
 * @param unit overrides the catalog's unit, or null to keep it
 * @param version optimistic-lock version of the row
 */
public record ContractParameterValue(
        ContractParty owner,
        String parameter,
        int amount,
        PeriodUnit unit,
        String updatedBy,
        Instant updatedAt,
        int version) {}
