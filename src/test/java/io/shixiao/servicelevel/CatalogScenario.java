package io.shixiao.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One golden scenario of {@code golden-scenarios.yml}: a case (or a few cases) of one type, the
 * contracts and blanks that make the standards bind, and a script of steps with the deadlines
 * worked out by hand from the texts and the calendar.
 *
 * @param standard the catalog code the scenario proves; its expectations must name it
 * @param caseType the type of the scenario's cases
 * @param otherCaseTypes the type of a labelled case that is not of {@code caseType}, to compare two kinds of case
 *     on the same dates
 * @param unit the suffix of the unit that answers for the cases, in the scenario insurer's tree (e.g. {@code ZJ-HZ-XH})
 * @param facts what is known of every case at the start, as the YAML gives it
 * @param scheme the days a fresh scheme's HUZHU-BID-2025 contract is in force, or null when the cases belong to no scheme
 * @param agreement the days the insurer's SERVICE-AGREEMENT is in force, or null without one
 * @param blanks the contract parameters set before the first step
 */
record CatalogScenario(
        String name,
        String standard,
        CaseType caseType,
        Map<String, CaseType> otherCaseTypes,
        String unit,
        Map<String, Object> facts,
        @Nullable DateRange scheme,
        @Nullable DateRange agreement,
        List<Blank> blanks,
        List<Step> steps) {

    /** The type of the case a step labels. */
    CaseType caseTypeOf(String label) {
        return otherCaseTypes.getOrDefault(label, caseType);
    }

    @Override
    public String toString() {
        return standard + ": " + name;
    }

    /** Days from {@code from} to {@code to}, both included. */
    record DateRange(LocalDate from, LocalDate to) {}

    /** A contract parameter and the figure a party sets: the number, and the unit where the text leaves it open. */
    record Blank(String parameter, int amount, @Nullable String unit) {}

    /** What a step does. */
    enum Action {
        /** Reports a milestone of the step's case. */
        REPORT,
        /** Asks for the next extension of a clock of the step's case. */
        EXTEND,
        /** Moves the clock to the step's time and runs the warning and breach sweeps. */
        SWEEP,
        /** Sets contract parameters from now on. */
        SET_BLANKS,
        /** Only checks expectations. */
        CHECK
    }

    /**
     * One step of a script; fields not used by its action are null or empty.
     *
     * @param number 1 for the first step, for failure messages
     * @param caseLabel which case of the scenario the step is about ({@code A} unless said)
     * @param at when the step happens (Shanghai local time in the file)
     * @param recorded when a report is entered, if later than {@code at} (补录) or, for an announced milestone, earlier
     * @param standard the clock an extension is asked for
     * @param approverRole the role of the approver of an extension
     * @param approverUnit the unit whose data scope the approver holds
     * @param factChanges changes to the case's facts from this step on
     * @param unitChange another answering unit for the case from this step on
     * @param inScheme whether the case belongs to the scenario's scheme from this step on (it does unless said)
     * @param refused a text the refusal of the step must contain, or null when the step must succeed
     * @param duplicate the report must be recognised as one made before
     */
    record Step(
            int number,
            Action action,
            String caseLabel,
            @Nullable Instant at,
            @Nullable Instant recorded,
            @Nullable Milestone milestone,
            @Nullable String lateEntryReason,
            @Nullable String repeatReason,
            @Nullable String standard,
            @Nullable String reason,
            @Nullable String approverRole,
            @Nullable String approverUnit,
            @Nullable Instant notified,
            @Nullable Instant newDeadline,
            Map<String, Object> factChanges,
            @Nullable String unitChange,
            @Nullable Boolean inScheme,
            List<Blank> blanks,
            @Nullable String refused,
            boolean duplicate,
            List<Expectation> expectations) {

        /** How failure messages name the step. */
        String describe() {
            String what = switch (action) {
                case REPORT -> "report " + milestone;
                case EXTEND -> "extend " + standard;
                case SWEEP -> "sweep";
                case SET_BLANKS -> "set " + blanks;
                case CHECK -> "check";
            };
            return "step " + number + " (" + what + (at == null ? "" : " at " + CatalogScenarioFile.show(at))
                    + ", case " + caseLabel + ")";
        }
    }

    /** What must hold after a step. */
    sealed interface Expectation {}

    /**
     * The clock or count of a standard on the step's case.
     *
     * @param cycle the cycle to look at, or null for the latest
     * @param fields expected values by name ({@code deadline}, {@code state}, {@code counted} …)
     */
    record StandardExpectation(String code, @Nullable Integer cycle, Map<String, Object> fields)
            implements Expectation {}

    /** The standards that must not have started a clock or count on the step's case. */
    record NotStarted(List<String> codes) implements Expectation {}

    /** The standard whose clock governs a step of the case (the earliest deadline still waiting). */
    record Governing(String step, String code) implements Expectation {}
}
