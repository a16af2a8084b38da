package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.util.List;
import java.util.Optional;

/**
 * The standards catalog as the clocks need it. The catalog bean implements it; tests supply
 * fixtures.
 */
public interface StandardLookup {

    /** Every standard of the catalog for a case type, in force or not. */
    List<ServiceStandard> forCaseType(String caseType);

    Optional<ServiceStandard> byCode(String code);

    /** Every standard of the catalog. */
    List<ServiceStandard> all();

    /**
     * The period of {@code standard} for the insurer's cases, with its contract blanks filled in; empty
     * where a blank has no value for that insurer, so that the standard binds none of its cases.
     */
    default Optional<PeriodSpec> periodFor(ServiceStandard standard, long insurerId) {
        return Optional.ofNullable(standard.period());
    }
}
