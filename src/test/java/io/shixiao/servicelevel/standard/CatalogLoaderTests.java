package io.shixiao.servicelevel.standard;

import static io.shixiao.servicelevel.standard.CatalogFixtures.file;
import static io.shixiao.servicelevel.standard.CatalogFixtures.validEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTests {

    private final CatalogLoader loader = new CatalogLoader();

    // In every broken file below the entry starts on line 5: code 5, quote 10, milestones.start 14,
    // milestones.stop 15, period.amount 17, period.unit 18, period.calendar 19, warnings 21,
    // escalation 23.

    @Test
    void aValidEntryLoadsWithItsFileDefaults() {
        Catalog catalog = loader.load(List.of(file("test.yml", validEntry("X-1"))));

        ServiceStandard standard = catalog.standards().get(0);
        assertThat(standard.code()).isEqualTo("X-1");
        assertThat(standard.source().document()).isEqualTo("测试文件");
        assertThat(standard.source().tier()).isEqualTo(Source.Tier.LAW);
        assertThat(standard.period().unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
        assertThat(standard.period().rollRestDay())
                .as("calendar days roll a rest day by default")
                .isTrue();
        assertThat(standard.direction()).isEqualTo(ServiceStandard.Direction.AFTER_START);
        assertThat(standard.period().pausedDays())
                .as("a pause leaves out both end days by default (司法解释二第十五条)")
                .isEqualTo(PausedDays.BOTH_END_DAYS);
        assertThat(standard.extension().allowed()).isFalse();
    }

    @Test
    void anUnknownUnitIsNamedWithFileLineAndPath() {
        assertProblem(
                validEntry("LAW-24").replace("unit: CALENDAR_DAYS", "unit: WEEKS"),
                "test.yml:18: unknown unit 'WEEKS' in LAW-24.period.unit");
    }

    @Test
    void anUnknownCalendarIsRefused() {
        assertProblem(
                validEntry("X-1").replace("calendar: CN", "calendar: MARS"),
                "test.yml:19: unknown calendar 'MARS' in X-1.period.calendar");
    }

    @Test
    void anUnknownTierIsRefused() {
        assertThatThrownBy(() -> loader.load(List.of(new CatalogSource(
                        "test.yml", file("test.yml", validEntry("X-1")).text().replace("tier: LAW", "tier: STATUTE")))))
                .hasMessageContaining("test.yml:2: unknown tier 'STATUTE' in tier");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertProblem(
                validEntry("X-1").replace("escalation: [MANAGER]", "escalation: [BOSS]"),
                "test.yml:23: unknown role 'BOSS' in X-1.escalation");
    }

    @Test
    void anUnknownMilestoneIsRefused() {
        assertProblem(
                validEntry("X-1").replace("stop: [PAYMENT_MADE]", "stop: [PAID]"),
                "test.yml:15: unknown milestone 'PAID' in X-1.milestones.stop");
    }

    @Test
    void aMilestoneOfAnotherCaseTypeIsRefused() {
        assertProblem(
                validEntry("X-1").replace("start: [SETTLEMENT_AGREED]", "start: [COMPLAINT_RECEIVED]"),
                "test.yml:14: milestone 'COMPLAINT_RECEIVED' belongs to COMPLAINT, not CLAIM, in X-1.milestones.start");
    }

    @Test
    void anAmountOfZeroIsRefused() {
        assertProblem(
                validEntry("X-1").replace("amount: 10", "amount: 0"),
                "test.yml:17: amount must be greater than 0, was 0 in X-1.period.amount");
    }

    @Test
    void aWarningThresholdOutside1To99IsRefused() {
        assertProblem(
                validEntry("X-1").replace("at: 50", "at: 100"),
                "test.yml:21: warning threshold must be 1–99 percent, was 100 in X-1.warnings[].at");
    }

    @Test
    void effectiveDatesOutOfOrderAreRefused() {
        assertProblem(
                validEntry("X-1") + "    effectiveTo: 2019-12-31\n",
                "test.yml:26: effectiveTo 2019-12-31 is before effectiveFrom 2020-01-01 in X-1.effectiveTo");
    }

    @Test
    void aDuplicateCodeWithOverlappingDatesIsRefused() {
        assertProblem(
                validEntry("X-1") + validEntry("X-1"),
                "test.yml:26: duplicate code 'X-1' (also at test.yml:5) with overlapping effective dates");
    }

    @Test
    void versionsOfOneCodeWithDisjointDatesAreAccepted() {
        String first = validEntry("X-1") + "    effectiveTo: 2022-12-31\n";
        String second = validEntry("X-1") + "    effectiveFrom: 2023-01-01\n";

        Catalog catalog = loader.load(List.of(file("test.yml", first + second)));

        assertThat(catalog.standards()).hasSize(2);
    }

    @Test
    void anEmptyQuoteIsRefused() {
        assertProblem(
                validEntry("X-1").replace("quote: \"测试原文\"", "quote: \"  \""),
                "test.yml:10: 'quote' is empty in X-1.quote");
    }

    @Test
    void aClockWithoutStopMilestonesIsRefused() {
        assertProblem(
                validEntry("X-1").replace("stop: [PAYMENT_MADE]", "stop: []"),
                "test.yml:14: a CLOCK standard needs stop milestones in X-1.milestones.stop");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertProblem(validEntry("X-1").replace("    title: 测试时效\n", ""), "test.yml:5: missing 'title' in X-1.title");
    }

    @Test
    void aMisspeltKeyIsRefusedRatherThanIgnored() {
        assertProblem(validEntry("X-1").replace("period:", "perod:"), "test.yml:16: unknown key 'perod' in standard");
    }

    @Test
    void aCountRuleNeedsItsLimitAndNoPeriod() {
        assertProblem(
                validEntry("X-1").replace("kind: CLOCK", "kind: COUNT"),
                "test.yml:5: a COUNT standard needs a 'count' in X-1.count");
    }

    @Test
    void aContractParameterNeedsTheFilesContractParty() {
        assertProblem(
                validEntry("X-1").replace("amount: 10", "amount: 10\n      parameter: agreement.payment"),
                "a blank ('parameter') needs a 'contractParty' in its file, in X-1.period.parameter");
    }

    @Test
    void aMilestoneWithTwoRolesInOneClockIsRefusedAtStartUp() {
        assertProblem(
                validEntry("X-1").replace("stop: [PAYMENT_MADE]", "stop: [PAYMENT_MADE]\n      cancel: [PAYMENT_MADE]"),
                "X-1 cannot run as written: PAYMENT_MADE is both a stop and a cancel milestone");
    }

    @Test
    void aStandardWhoseStopsAllStartItIsRefusedAsOneThatNeverStops() {
        assertProblem(
                validEntry("X-1").replace("stop: [PAYMENT_MADE]", "stop: [SETTLEMENT_AGREED]"),
                "X-1 cannot run as written: every stop milestone also starts it");
    }

    @Test
    void aStandardWhoseEveryRegionIsExcludedCanBindNoCase() {
        assertProblem(
                validEntry("X-1")
                        .replace(
                                "caseType: CLAIM",
                                "caseType: CLAIM\n      regions: [\"3302\"]\n      excludedRegions: [\"33\"]"),
                "X-1 can bind no case: every one of its regions [3302] is excluded");
    }

    @Test
    void factsAskedOfAMilestoneThatPlaysNoPartAreRefused() {
        assertProblem(
                validEntry("X-1")
                        .replace(
                                "stop: [PAYMENT_MADE]",
                                "stop: [PAYMENT_MADE]\n      requiredFacts:\n        CLAIM_CLOSED: [LOSS_AGREED]"),
                "X-1 asks facts of CLAIM_CLOSED, which plays no part in its clock");
    }

    @Test
    void aPeriodCountedBackIsCountedInCalendarDays() {
        assertProblem(
                validEntry("X-1")
                        .replace("unit: CALENDAR_DAYS", "unit: WORKING_DAYS")
                        .replace("    period:", "    direction: BEFORE_START\n    period:"),
                "a period counted back (BEFORE_START) is counted in CALENDAR_DAYS");
    }

    @Test
    void onlyABlankMayLeaveItsUnitToTheParty() {
        assertProblem(
                validEntry("X-1").replace("amount: 10", "amount: 10\n      unitOpen: true"),
                "only a blank ('parameter') can leave its unit to the party");
    }

    @Test
    void aStandardThatPausesMayLeaveOutOnlyTheDaysBetween() {
        Catalog catalog = loader.load(List.of(file("test.yml", pausing("X-1", "      pausedDays: DAYS_BETWEEN\n"))));

        assertThat(catalog.standards().get(0).period().pausedDays()).isEqualTo(PausedDays.DAYS_BETWEEN);
    }

    @Test
    void anUnknownPausedDaysRuleIsNamedWithFileLineAndPath() {
        // The two pause lines move period.calendar to line 21.
        assertProblem(
                pausing("X-1", "      pausedDays: SOMETIMES\n"),
                "test.yml:22: unknown paused-days rule 'SOMETIMES' in X-1.period.pausedDays");
    }

    @Test
    void aPausedDaysRuleWithoutPausesOrOnAnElapsedPeriodIsRefused() {
        assertProblem(
                validEntry("X-1").replace("calendar: CN\n", "calendar: CN\n      pausedDays: DAYS_BETWEEN\n"),
                "test.yml:20: pausedDays applies only to a standard with pause milestones, in X-1.period.pausedDays");
        assertProblem(
                pausing("X-1", "      pausedDays: DAYS_BETWEEN\n")
                        .replace("unit: CALENDAR_DAYS", "unit: HOURS")
                        .replace("calendar: CN", "calendar: 24x7"),
                "test.yml:22: pausedDays applies only to day-based units, not HOURS");
    }

    /** The valid entry paused while documents are supplied, with {@code pausedDaysLine} after its calendar. */
    private static String pausing(String code, String pausedDaysLine) {
        return validEntry(code)
                .replace(
                        "stop: [PAYMENT_MADE]\n",
                        "stop: [PAYMENT_MADE]\n      pause: [MISSING_DOCUMENTS_NOTICE_RECEIVED]\n"
                                + "      resume: [SUPPLEMENTARY_DOCUMENTS_RECEIVED]\n")
                .replace("calendar: CN\n", "calendar: CN\n" + pausedDaysLine);
    }

    @Test
    void aMisspeltZoneOrFactIsRefused() {
        assertProblem(
                validEntry("X-1").replace("caseType: CLAIM", "caseType: CLAIM\n      zones: [URBN]"),
                "unknown zone 'URBN'");
        assertProblem(
                validEntry("X-1").replace("caseType: CLAIM", "caseType: CLAIM\n      facts: [LIABILITY_CLAER]"),
                "unknown fact 'LIABILITY_CLAER'");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertProblem(
                validEntry("X-1").replace("stop: [PAYMENT_MADE]", "stop: [PAYMENT_MADE"),
                "test.yml:16: not valid YAML");
    }

    @Test
    void everyProblemOfAStartIsReportedAtOnce() {
        String broken =
                validEntry("X-1").replace("unit: CALENDAR_DAYS", "unit: WEEKS").replace("at: 50", "at: 0");

        assertThatThrownBy(() -> loader.load(List.of(file("test.yml", broken))))
                .isInstanceOfSatisfying(
                        CatalogException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    private void assertProblem(String entries, String expected) {
        assertThatThrownBy(() -> loader.load(List.of(file("test.yml", entries))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(expected);
    }
}
