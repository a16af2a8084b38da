package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.SchemeRules;
import java.time.LocalDate;

/**
 * A county's scheme for one year as stored: who runs it (the insurer's unit whose staff see it), the
 * bid its contract comes from, the county authority that signed it, its period and its rules.
 */
public record Scheme(
        long id,
        String countyCode,
        int year,
        String name,
        long insurerId,
        long orgUnitId,
        String orgPath,
        String bidDocument,
        String countyAuthority,
        LocalDate periodFrom,
        LocalDate periodTo,
        SchemeRules rules,
        String perils,
        String exclusions,
        String insuredObject,
        String excludedObjects,
        int version) {}
