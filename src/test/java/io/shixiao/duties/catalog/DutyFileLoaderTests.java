package io.shixiao.duties.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.servicelevel.DayCount;
import io.shixiao.shared.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The duty file: the packaged one loads whole; every mistake is named with its file and line. */
class DutyFileLoaderTests {

    private static final DutyFileLoader LOADER = new DutyFileLoader(
            DutyCalendars.ENGINE::knows,
            Map.of(
                    DutyOwnerType.INSURER, Set.of("SERVICE-AGREEMENT"),
                    DutyOwnerType.BRANCH, Set.of("SERVICE-AGREEMENT"),
                    DutyOwnerType.SCHEME, Set.of("HUZHU-BID-2025")));

    private static final String GOOD = """
            duties:
              - code: T-MONTHLY
                title: 每月反馈
                seedItem: L06
                document: 方案
                clause: 五、(八)
                quote: 每月反馈
                owner: ASSOCIATION
                associations: [LNIA]
                recurrence: MONTHLY
                due:
                  after: PERIOD_END
                  amount: 10
                  unit: WORKING_DAYS
                notify: [ASSOCIATION]
                effectiveFrom: 2023-08-15
            """;

    @Test
    void thePackagedFileCoversEveryPeriodicSeedItemWithAClauseAndAnOwner() throws IOException {
        List<RecurringDuty> duties;
        try (InputStream in = getClass().getResourceAsStream("/duties/recurring-duties.yml")) {
            duties = LOADER.load("duties/recurring-duties.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(duties.stream().map(RecurringDuty::seedItem).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("A09", "A10", "A11", "L06", "L08", "H14", "H21", "H22", "H24");
        assertThat(duties).allSatisfy(duty -> {
            assertThat(duty.quote()).isNotBlank();
            assertThat(duty.clause()).isNotBlank();
            assertThat(duty.notifyRoles()).isNotEmpty();
        });
        RecurringDuty feedback = duties.stream()
                .filter(d -> d.code().equals("LT-CASE-FEEDBACK"))
                .findFirst()
                .orElseThrow();
        assertThat(feedback.owner()).isEqualTo(DutyOwnerType.ASSOCIATION);
        assertThat(feedback.due()).isEqualTo(DueRule.afterPeriodEnd(10, DayCount.WORKING_DAYS, "CN"));
        assertThat(feedback.notifyRoles()).containsExactly(Role.ASSOCIATION);
        assertThat(feedback.line()).startsWith("duties/recurring-duties.yml:");
        assertThat(duties.stream().filter(RecurringDuty::optional).map(RecurringDuty::code))
                .containsExactly("AGR-SITE-EVALUATION");
    }

    @Test
    void aGoodFileLoads() {
        assertThat(LOADER.load("t.yml", GOOD)).singleElement().satisfies(duty -> {
            assertThat(duty.associations()).containsExactly("LNIA");
            assertThat(duty.line()).isEqualTo("t.yml:2");
        });
    }

    @Test
    void anUnknownRecurrenceIsNamedWithItsLine() {
        assertProblems(
                () -> LOADER.load("t.yml", GOOD.replace("recurrence: MONTHLY", "recurrence: WEEKLY")),
                "t.yml:10: unknown recurrence 'WEEKLY' in T-MONTHLY");
    }

    @Test
    void anUnknownKeyAnUnknownUnitAndAnUnknownCalendarAreAllNamedInOnePass() {
        String text = GOOD.replace("unit: WORKING_DAYS", "unit: WEEKS\n      calendar: MARS")
                .replace("owner: ASSOCIATION", "owner: ASSOCIATION\n    ownr: INSURER");
        assertProblems(
                () -> LOADER.load("t.yml", text),
                "t.yml:9: unknown key 'ownr' in duty",
                "t.yml:15: unknown unit 'WEEKS' in T-MONTHLY.due",
                "t.yml:16: unknown calendar 'MARS' in T-MONTHLY.due");
    }

    @Test
    void aDueRuleNeedsEitherByOrAfterAndAnAmountInRange() {
        assertProblems(
                () -> LOADER.load("t.yml", GOOD.replace("amount: 10", "amount: 0")),
                "t.yml:13: amount must be between 1 and 366, was 0 in T-MONTHLY.due");
        assertProblems(
                () -> LOADER.load(
                        "t.yml", GOOD.replace("after: PERIOD_END", "by: PERIOD_END\n      after: PERIOD_END")),
                "t.yml:12: give either 'by: PERIOD_END' or 'after: PERIOD_END' with an amount, in T-MONTHLY.due");
    }

    @Test
    void theOwnerMustComeWithItsOwnKeys() {
        assertProblems(
                () -> LOADER.load("t.yml", GOOD.replace("owner: ASSOCIATION", "owner: SCHEME")),
                "t.yml:2: a SCHEME duty names the 'contract' its scheme signed, in T-MONTHLY",
                "t.yml:2: 'associations' are given for, and only for, an ASSOCIATION owner, in T-MONTHLY",
                "t.yml:2: 'county' is given for, and only for, a SCHEME owner, in T-MONTHLY");
        assertProblems(
                () -> LOADER.load(
                        "t.yml",
                        GOOD.replace(
                                "owner: ASSOCIATION\n    associations: [LNIA]",
                                "owner: INSURER\n    contract: NO-SUCH")),
                "t.yml:9: unknown contract document 'NO-SUCH' for a INSURER owner in T-MONTHLY (one of"
                        + " [SERVICE-AGREEMENT])");
    }

    @Test
    void aDuplicateCodeIsNamedWithBothLines() {
        String twice = GOOD + GOOD.substring("duties:\n".length());
        assertProblems(() -> LOADER.load("t.yml", twice), "t.yml:17: duplicate code 'T-MONTHLY' (also at t.yml:2)");
    }

    @Test
    void aBrokenYamlFileIsNamedWithTheLineItBreaksOn() {
        assertProblems(
                () -> LOADER.load("t.yml", GOOD.replace("title: 每月反馈", "title: [每月反馈")), "t.yml:4: not valid YAML");
    }

    private static void assertProblems(ThrowingCallable load, String... expected) {
        assertThatThrownBy(load).isInstanceOfSatisfying(DutyFileException.class, e -> {
            for (String problem : expected) {
                assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(problem));
            }
        });
    }
}
