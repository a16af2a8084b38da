package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.StandardSummary;
import io.shixiao.servicelevel.standard.Catalog;
import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.PeriodWording;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.Source;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The catalog held in memory, and the one place that decides whether a standard binds a case and
 * for how long: its version in force on the day, the contract it needs in force, the blanks the party
 * set, and the policy's own agreed term. Everything that starts a clock or explains on a page why a
 * standard is not enforced asks here.
 */
@Component
public class StandardCatalog implements ServiceStandards {

    private final List<ServiceStandard> standards;
    private final List<ContractParameterDefinition> parameters;
    private final Map<String, ContractParameterDefinition> parametersByName;
    private final ContractParameterStore values;
    private final ContractStore contracts;
    private final Clock clock;

    StandardCatalog(Catalog catalog, ContractParameterStore values, ContractStore contracts, Clock clock) {
        this.standards = catalog.standards();
        this.parameters = catalog.parameters();
        this.parametersByName = parameters.stream()
                .collect(Collectors.toUnmodifiableMap(ContractParameterDefinition::name, Function.identity()));
        this.values = values;
        this.contracts = contracts;
        this.clock = clock;
    }

    /**
     * Whether a standard binds a case, and with what period.
     *
     * @param period the period the clock runs for; null for a count rule, or when {@code withheld}
     * @param withheld why the standard does not bind the case yet (no contract in force, a blank not set),
     *     in words for the catalog page; null when it binds
     */
    public record Binding(
            @Nullable PeriodSpec period, @Nullable String withheld) {

        public boolean binds() {
            return withheld == null;
        }

        static Binding withheld(String why) {
            return new Binding(null, why);
        }
    }

    /** Every version of every standard, in catalog order. */
    public List<ServiceStandard> all() {
        return standards;
    }

    public List<ContractParameterDefinition> parameters() {
        return parameters;
    }

    public Optional<ContractParameterDefinition> parameter(String name) {
        return Optional.ofNullable(parametersByName.get(name));
    }

    /** The versions in force on {@code day} of the standards of a case type. */
    public List<ServiceStandard> inForce(CaseType caseType, LocalDate day) {
        return standards.stream()
                .filter(s -> s.appliesTo().caseType() == caseType && s.isEffectiveOn(day))
                .toList();
    }

    /** The version of {@code code} in force on {@code day}. */
    public Optional<ServiceStandard> inForce(String code, LocalDate day) {
        return standards.stream()
                .filter(s -> s.code().equals(code) && s.isEffectiveOn(day))
                .findFirst();
    }

    /** The version a clock runs under: the one that began on {@code version}. */
    public Optional<ServiceStandard> version(String code, LocalDate version) {
        return standards.stream()
                .filter(s -> s.code().equals(code) && s.effectiveFrom().equals(version))
                .findFirst();
    }

    /** The version in force today, or else the latest, for pages that show a code out of force. */
    public Optional<ServiceStandard> current(String code) {
        return inForce(code, today())
                .or(() -> standards.stream()
                        .filter(s -> s.code().equals(code))
                        .max(Comparator.comparing(ServiceStandard::effectiveFrom)));
    }

    /**
     * Whether {@code standard} binds a case of {@code insurerId} (in scheme {@code schemeId}, if any) on
     * {@code day}, and for how long. A law, regulation or norm binds every case it describes; a contract
     * binds only while the party has it in force; a blank binds once the party set it, never on the
     * template's example value; a policy's agreed term replaces the general one (保险法第二十三条第一款).
     */
    public Binding binding(
            ServiceStandard standard, long insurerId, @Nullable Long schemeId, CaseFacts facts, LocalDate day) {
        ContractParty party = null;
        if (standard.contractParty() == ContractParty.Type.INSURER) {
            party = ContractParty.insurer(insurerId);
        } else if (standard.contractParty() == ContractParty.Type.SCHEME) {
            if (schemeId == null) {
                return Binding.withheld("案件不属于任何政策性保险方案 (the case belongs to no scheme)");
            }
            party = ContractParty.scheme(schemeId);
        }
        if (party != null && standard.source().tier() == Source.Tier.CONTRACT) {
            String document = standard.source().documentCode();
            if (!contracts.inForce(party, document, day)) {
                return Binding.withheld("未登记生效的" + standard.source().document() + " (no " + document
                        + " contract in force on " + day + ")");
            }
        }
        PeriodSpec period = standard.period();
        if (period == null) {
            return new Binding(null, null);
        }
        if (period.parameter() != null) {
            Optional<ContractParameterValue> value = values.find(party, period.parameter());
            if (value.isEmpty()) {
                return Binding.withheld("参数 " + period.parameter() + " 尚未设定 (blank not set)");
            }
            period = period.withAmount(value.get().amount(), value.get().unit());
        }
        if (period.policyTerm() != null && facts.policyTerms().containsKey(period.policyTerm())) {
            period = period.withAmount(facts.policyTerms().get(period.policyTerm()), null);
        } else if (period.amount() == 0) {
            // A limit that exists only where the policy agrees one (浙江规范第七章 2.7.6).
            return Binding.withheld("保单未约定期限 (the policy agrees no " + period.policyTerm() + ")");
        }
        return new Binding(period, null);
    }

    /**
     * Whether a standard is enforced for an insurer's cases today, for the catalog page: bound, or what it
     * still waits for. Scheme standards depend on each case's scheme, so they are answered per scheme.
     */
    public Binding enforcementFor(ServiceStandard standard, ContractParty party) {
        if (standard.contractParty() != null && standard.contractParty() != party.type()) {
            return Binding.withheld(
                    standard.contractParty() == ContractParty.Type.SCHEME
                            ? "按政策性保险方案分别生效 (binds per scheme)"
                            : "按保险公司分别生效 (binds per insurer)");
        }
        long insurer = party.type() == ContractParty.Type.INSURER ? party.id() : 0;
        Long scheme = party.type() == ContractParty.Type.SCHEME ? party.id() : null;
        return binding(standard, insurer, scheme, CaseFacts.none(), today());
    }

    @Override
    public List<StandardSummary> inForce() {
        LocalDate today = today();
        return standards.stream()
                .filter(s -> s.isEffectiveOn(today))
                .map(StandardCatalog::summary)
                .toList();
    }

    @Override
    public Optional<StandardSummary> byCode(String code) {
        return inForce(code, today()).map(StandardCatalog::summary);
    }

    @Override
    public List<StandardSummary> bindingStep(String step) {
        List<StandardSummary> binding = new ArrayList<>();
        for (StandardSummary summary : inForce()) {
            if (summary.step().equals(step)) {
                binding.add(summary);
            }
        }
        return binding;
    }

    public static StandardSummary summary(ServiceStandard s) {
        String period = s.period() != null
                ? PeriodWording.describe(s.period(), s.direction(), Locale.SIMPLIFIED_CHINESE)
                : "≤ " + s.countLimit().maximum() + " × "
                        + s.countLimit().counted().name();
        return new StandardSummary(
                s.code(),
                s.effectiveFrom(),
                s.title(),
                s.bindsStep(),
                s.appliesTo().caseType(),
                s.source().tier().name(),
                s.source().document(),
                s.source().clause(),
                period,
                s.note());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }
}
