package io.shixiao.servicelevel;

import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of service standards, loaded and validated at start-up from {@code standards/*.yml}:
 * which limits exist, which bind a case on a day, which a milestone starts, and how long a limit is
 * for an insurer or scheme once its contract blanks are filled in.
 */
public interface ServiceStandards {

    /** Every version of every standard, in catalog order. */
    List<ServiceStandard> all();

    /** The version of {@code code} in force today, or else its latest version. */
    Optional<ServiceStandard> byCode(String code);

    /** The version of {@code code} in force on {@code day}. */
    Optional<ServiceStandard> byCode(String code, LocalDate day);

    /** The standards in force on {@code day}. */
    List<ServiceStandard> effectiveOn(LocalDate day);

    /**
     * The standards of {@code caseType} in force on {@code day} whose clock {@code milestone} starts.
     * The caller still checks each standard's applicability against the case.
     */
    List<ServiceStandard> startedBy(Milestone milestone, CaseType caseType, LocalDate day);

    /**
     * The standards in force on {@code day} whose clock {@code milestone} starts for this case: those of
     * {@link #startedBy} whose applicability the case meets.
     */
    List<ServiceStandard> startedFor(Milestone milestone, CaseProfile caseProfile, LocalDate day);

    /** The standards in force on {@code day} in whose clock {@code milestone} plays any part. */
    List<ServiceStandard> affectedBy(Milestone milestone, LocalDate day);

    /** The standards in force on {@code day} that bind one step of a case; the earliest deadline governs. */
    List<ServiceStandard> bindingStep(String step, LocalDate day);

    /** The contract blanks of the catalog. */
    List<ContractParameterDefinition> contractParameters();

    /**
     * The period of {@code standard} for a case of {@code party}: the contract value set for that
     * insurer or scheme, else the document's example value. Empty for a COUNT standard, and for a blank
     * the document leaves without a value ({@code XXX个工作日}) that the party has not yet set: such a
     * standard does not bind the party's cases.
     *
     * @param party the insurer or scheme of the case; null uses the document's values
     */
    Optional<PeriodSpec> resolvePeriod(ServiceStandard standard, ContractParty party);
}
