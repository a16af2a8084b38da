package io.shixiao.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.servicelevel.CatalogScenario.Blank;
import io.shixiao.servicelevel.CatalogScenario.Expectation;
import io.shixiao.servicelevel.CatalogScenario.Governing;
import io.shixiao.servicelevel.CatalogScenario.NotStarted;
import io.shixiao.servicelevel.CatalogScenario.StandardExpectation;
import io.shixiao.servicelevel.CatalogScenario.Step;
import io.shixiao.servicelevel.clock.BreachSweep;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.WarningSweep;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.servicelevel.standard.catalog.ContractParameterValue;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The golden scenarios of {@code golden-scenarios.yml} run through the engine in process, on the
 * packaged catalog and the statutory calendar CN: every standard of the catalog has at least one, and
 * every expected deadline in the file was worked out by hand from the texts and the calendar CSV.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class CatalogScenariosTests {

    private static final ContractParameterAdministration.Editor ADMIN =
            new ContractParameterAdministration.Editor(true, false, null, false);

    @Autowired
    ServiceClocks engine;

    @Autowired
    ServiceContracts contracts;

    @Autowired
    ContractParameterAdministration parameters;

    @Autowired
    StandardCatalog catalog;

    @Autowired
    BreachSweep breachSweep;

    @Autowired
    WarningSweep warningSweep;

    @Autowired
    MutableClock clock;

    @Autowired
    InsurerService insurerService;

    @Autowired
    OrgUnitService unitService;

    @Autowired
    OrganizationDirectory organization;

    @TestFactory
    Stream<DynamicTest> everyGoldenScenarioRunsAsWorkedOutByHand() {
        ScenarioInsurers insurers = new ScenarioInsurers(insurerService, unitService, organization);
        return CatalogScenarioFile.load().stream()
                .map(scenario -> DynamicTest.dynamicTest(
                        scenario.toString(), () -> new Run(scenario, insurers.create()).play()));
    }

    @Test
    void everyStandardOfThePackagedCatalogHasAGoldenScenario() {
        Set<String> catalogued =
                catalog.all().stream().map(ServiceStandard::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> proven = CatalogScenarioFile.load().stream()
                .map(CatalogScenario::standard)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> unproven = new TreeSet<>(catalogued);
        unproven.removeAll(proven);
        Set<String> unknown = new TreeSet<>(proven);
        unknown.removeAll(catalogued);
        assertThat(unproven)
                .as("standards of the catalog without a golden scenario")
                .isEmpty();
        assertThat(unknown)
                .as("scenarios proving a code the catalog does not have")
                .isEmpty();
    }

    /** One scenario played against the engine, with its fresh insurer, scheme and cases. */
    private final class Run {

        private final CatalogScenario scenario;
        private final Map<String, OrgUnitView> units;
        private final long insurerId;
        private final @Nullable Long schemeId;
        private final Map<String, CaseState> cases = new HashMap<>();

        Run(CatalogScenario scenario, Map<String, OrgUnitView> units) {
            this.scenario = scenario;
            this.units = units;
            this.insurerId = units.get("HQ").insurerId();
            this.schemeId = scenario.scheme() == null
                    ? null
                    : ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        }

        void play() {
            if (scenario.agreement() != null) {
                contracts.record(
                        ContractParty.insurer(insurerId),
                        "SERVICE-AGREEMENT",
                        "黄金场景车队客户",
                        scenario.agreement().from(),
                        scenario.agreement().from(),
                        scenario.agreement().to(),
                        "golden");
            }
            if (schemeId != null) {
                contracts.record(
                        ContractParty.scheme(schemeId),
                        "HUZHU-BID-2025",
                        "互助土族自治县应急管理局",
                        scenario.scheme().from(),
                        scenario.scheme().from(),
                        scenario.scheme().to(),
                        "golden");
            }
            setBlanks(scenario.blanks());
            for (Step step : scenario.steps()) {
                try {
                    perform(step);
                    step.expectations().forEach(expected -> check(expected, caseOf(step)));
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(scenario + " — " + step.describe() + ": " + e.getMessage(), e);
                }
            }
        }

        private void perform(Step step) {
            switch (step.action()) {
                case REPORT -> report(step);
                case EXTEND -> extend(step);
                case SWEEP -> {
                    clock.set(step.at());
                    warningSweep.sweep();
                    breachSweep.sweep();
                }
                case SET_BLANKS -> setBlanks(step.blanks());
                case CHECK -> {
                    // expectations only
                }
            }
        }

        private void report(Step step) {
            CaseState state = caseOf(step);
            CaseFacts facts = CatalogScenarioFile.apply(state.facts, step.factChanges());
            String unit = step.unitChange() != null ? step.unitChange() : state.unit;
            boolean inScheme = step.inScheme() != null ? step.inScheme() : state.inScheme;
            CaseOwner owner = CaseOwner.unit(unit(unit).id()).inScheme(inScheme ? schemeId : null);
            ReportMilestone command = new ReportMilestone(
                    state.ref,
                    Objects.requireNonNull(step.milestone()),
                    Objects.requireNonNull(step.at()),
                    owner,
                    facts,
                    step.lateEntryReason(),
                    step.repeatReason());
            clock.set(step.recorded() != null ? step.recorded() : step.at());
            if (step.refused() != null) {
                assertThatThrownBy(() -> engine.report(command))
                        .as("the report is refused")
                        .hasMessageContaining(step.refused());
                return;
            }
            MilestoneOutcome outcome = engine.report(command);
            assertThat(outcome.duplicate()).as("recognised as reported before").isEqualTo(step.duplicate());
            state.facts = facts;
            state.unit = unit;
            state.inScheme = inScheme;
        }

        private void extend(Step step) {
            CaseState state = caseOf(step);
            ClockView target = latestClock(state.ref, Objects.requireNonNull(step.standard()), null)
                    .orElseThrow(() -> new AssertionError("no clock of " + step.standard() + " to extend"));
            OrgUnitView approverUnit = unit(step.approverUnit() != null ? step.approverUnit() : state.unit);
            Role role = Role.valueOf(Objects.requireNonNull(step.approverRole(), "approver"));
            Approver approver = new Approver(
                    "golden-" + role.name().toLowerCase(Locale.ROOT),
                    Set.of(role),
                    DataScope.subtree(insurerId, approverUnit.id(), approverUnit.path()));
            ExtendClock request = new ExtendClock(step.reason(), step.notified(), step.newDeadline());
            clock.set(Objects.requireNonNull(step.at()));
            if (step.refused() != null) {
                assertThatThrownBy(() -> engine.extend(target.id(), request, approver))
                        .as("the extension is refused")
                        .hasMessageContaining(step.refused());
                return;
            }
            engine.extend(target.id(), request, approver);
        }

        private void setBlanks(List<Blank> blanks) {
            for (Blank blank : blanks) {
                ContractParty party = blank.parameter().startsWith("bid.")
                        ? ContractParty.scheme(
                                Objects.requireNonNull(schemeId, "a bid blank needs the scenario's scheme"))
                        : ContractParty.insurer(insurerId);
                ContractParameterValue current =
                        parameters.entry(party, blank.parameter(), ADMIN).value();
                parameters.set(
                        party,
                        blank.parameter(),
                        blank.amount(),
                        blank.unit(),
                        current == null ? null : current.version(),
                        ADMIN,
                        "golden");
            }
        }

        private void check(Expectation expected, CaseState state) {
            if (expected instanceof NotStarted notStarted) {
                Set<String> started = new TreeSet<>();
                engine.clocksOf(state.ref).forEach(c -> started.add(c.standardCode()));
                engine.deadlinesOf(state.ref).counts().forEach(c -> started.add(c.standardCode()));
                assertThat(started)
                        .as("standards started on case " + state.label)
                        .doesNotContainAnyElementsOf(notStarted.codes());
            } else if (expected instanceof Governing governing) {
                StepDeadline step = engine.deadlinesOf(state.ref)
                        .step(governing.step())
                        .orElseThrow(() -> new AssertionError("no standard binds step " + governing.step()));
                assertThat(step.governing().standardCode())
                        .as("the clock governing " + governing.step())
                        .isEqualTo(governing.code());
            } else if (expected instanceof StandardExpectation standard) {
                if (standard.fields().keySet().stream().anyMatch(Run::isCountField)) {
                    checkCount(standard, state);
                } else {
                    checkClock(standard, state);
                }
            }
        }

        private void checkClock(StandardExpectation expected, CaseState state) {
            ClockView clockView = latestClock(state.ref, expected.code(), expected.cycle())
                    .orElseThrow(() -> new AssertionError(expected.code()
                            + (expected.cycle() == null ? "" : " cycle " + expected.cycle())
                            + " did not start on case " + state.label + "; started: "
                            + engine.clocksOf(state.ref).stream()
                                    .map(c -> c.standardCode() + "@" + c.cycle())
                                    .toList()));
            expected.fields().forEach((field, value) -> {
                Object actual = switch (field) {
                    case "deadline" -> clockView.deadline();
                    case "state" -> clockView.state();
                    case "cycle" -> clockView.cycle();
                    case "started" -> clockView.startedAt();
                    case "stopped" -> clockView.stoppedAt();
                    case "extensions" -> clockView.extensionsGranted();
                    case "warned" -> clockView.warnedPercent();
                    case "lateStop" -> clockView.lateStop();
                    default -> throw new IllegalArgumentException(field + " is not a clock's");
                };
                assertThat(shown(actual)).as(expected.code() + " " + field).isEqualTo(shown(value));
            });
        }

        private void checkCount(StandardExpectation expected, CaseState state) {
            CountView count = engine.deadlinesOf(state.ref).counts().stream()
                    .filter(c -> c.standardCode().equals(expected.code()))
                    .findFirst()
                    .orElseThrow(() ->
                            new AssertionError("count " + expected.code() + " did not start on case " + state.label));
            expected.fields().forEach((field, value) -> {
                Object actual = switch (field) {
                    case "counted" -> count.counted();
                    case "justified" -> count.justified();
                    case "exceeded" -> count.exceeded();
                    case "stopped" -> count.stoppedAt();
                    default -> throw new IllegalArgumentException(field + " is not a count's");
                };
                assertThat(shown(actual)).as(expected.code() + " " + field).isEqualTo(shown(value));
            });
        }

        private static boolean isCountField(String field) {
            return field.equals("counted") || field.equals("justified") || field.equals("exceeded");
        }

        // Instants compare as the Shanghai times the file writes, so that a failure reads like the file.
        private static Object shown(Object value) {
            return value instanceof Instant instant ? CatalogScenarioFile.show(instant) : String.valueOf(value);
        }

        private Optional<ClockView> latestClock(CaseRef ref, String code, Integer cycle) {
            return engine.clocksOf(ref).stream()
                    .filter(c -> c.standardCode().equals(code))
                    .filter(c -> cycle == null || c.cycle() == cycle)
                    .max(Comparator.comparingInt(ClockView::cycle));
        }

        private CaseState caseOf(Step step) {
            return cases.computeIfAbsent(
                    step.caseLabel(),
                    label -> new CaseState(
                            label,
                            new CaseRef(scenario.caseTypeOf(label), insurerId, "G-" + label + "-" + UUID.randomUUID()),
                            CatalogScenarioFile.apply(CaseFacts.none(), scenario.facts()),
                            scenario.unit(),
                            schemeId != null));
        }

        private OrgUnitView unit(String suffix) {
            OrgUnitView unit = units.get(suffix);
            if (unit == null) {
                fail("no unit " + suffix + " in the scenario insurer's tree " + units.keySet());
            }
            return unit;
        }
    }

    /** What a scenario knows of one of its cases so far. */
    private static final class CaseState {
        private final String label;
        private final CaseRef ref;
        private CaseFacts facts;
        private String unit;
        private boolean inScheme;

        CaseState(String label, CaseRef ref, CaseFacts facts, String unit, boolean inScheme) {
            this.label = label;
            this.ref = ref;
            this.facts = facts;
            this.unit = unit;
            this.inScheme = inScheme;
        }
    }
}
