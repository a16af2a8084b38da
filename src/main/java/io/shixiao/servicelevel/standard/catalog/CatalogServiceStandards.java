package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.CaseProfile;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.standard.Catalog;
import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The catalog held in memory, with contract values from {@link ContractParameterStore}. */
class CatalogServiceStandards implements ServiceStandards {

    private final List<ServiceStandard> standards;
    private final List<ContractParameterDefinition> parameters;
    private final Map<String, ContractParameterDefinition> parametersByName;
    private final ContractParameterStore values;
    private final Clock clock;

    CatalogServiceStandards(Catalog catalog, ContractParameterStore values, Clock clock) {
        this.standards = catalog.standards();
        this.parameters = catalog.parameters();
        this.parametersByName = parameters.stream()
                .collect(Collectors.toUnmodifiableMap(ContractParameterDefinition::name, Function.identity()));
        this.values = values;
        this.clock = clock;
    }

    @Override
    public List<ServiceStandard> all() {
        return standards;
    }

    @Override
    public Optional<ServiceStandard> byCode(String code) {
        Optional<ServiceStandard> current = byCode(code, LocalDate.now(clock));
        if (current.isPresent()) {
            return current;
        }
        return standards.stream()
                .filter(s -> s.code().equals(code))
                .max(Comparator.comparing(ServiceStandard::effectiveFrom));
    }

    @Override
    public Optional<ServiceStandard> byCode(String code, LocalDate day) {
        return standards.stream()
                .filter(s -> s.code().equals(code) && s.isEffectiveOn(day))
                .findFirst();
    }

    @Override
    public List<ServiceStandard> effectiveOn(LocalDate day) {
        return select(day, s -> true);
    }

    @Override
    public List<ServiceStandard> startedBy(Milestone milestone, CaseType caseType, LocalDate day) {
        return select(
                day,
                s -> s.appliesTo().caseType().equals(caseType.name())
                        && s.milestones().start().contains(milestone.name()));
    }

    @Override
    public List<ServiceStandard> startedFor(Milestone milestone, CaseProfile caseProfile, LocalDate day) {
        return startedBy(milestone, caseProfile.caseType(), day).stream()
                .filter(s -> s.appliesTo().covers(caseProfile))
                .toList();
    }

    @Override
    public List<ServiceStandard> affectedBy(Milestone milestone, LocalDate day) {
        return select(
                day,
                s -> s.milestones().mentions(milestone.name())
                        || (s.countLimit() != null
                                && milestone.name().equals(s.countLimit().counted())));
    }

    @Override
    public List<ServiceStandard> bindingStep(String step, LocalDate day) {
        return select(day, s -> s.bindsStep().equals(step));
    }

    @Override
    public List<ContractParameterDefinition> contractParameters() {
        return parameters;
    }

    @Override
    public Optional<PeriodSpec> resolvePeriod(ServiceStandard standard, ContractParty party) {
        PeriodSpec period = standard.period();
        if (period == null) {
            return Optional.empty();
        }
        if (period.parameter() == null) {
            return Optional.of(period);
        }
        ContractParameterDefinition definition = parametersByName.get(period.parameter());
        if (party != null
                && definition != null
                && definition.ownerType().equals(party.type().name())) {
            Optional<PeriodSpec> set = values.find(party, period.parameter())
                    .map(value -> new PeriodSpec(
                            value.amount(),
                            value.unit() == null ? period.unit() : value.unit(),
                            period.parameter(),
                            period.calendar(),
                            period.rollRestDay(),
                            period.endAtCloseOfBusiness()));
            if (set.isPresent()) {
                return set;
            }
        }
        return period.amount() > 0 ? Optional.of(period) : Optional.empty();
    }

    /** The definition of a contract blank, if the catalog has one of that name. */
    Optional<ContractParameterDefinition> parameter(String name) {
        return Optional.ofNullable(parametersByName.get(name));
    }

    private List<ServiceStandard> select(LocalDate day, Predicate<ServiceStandard> filter) {
        return standards.stream()
                .filter(s -> s.isEffectiveOn(day) && filter.test(s))
                .toList();
    }
}
