package io.shixiao.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.claims.ClaimPaid;
import io.shixiao.complaints.ComplaintClosed;
import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.feedback.application.CallbackView;
import io.shixiao.feedback.domain.CallbackReason;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.security.DataScope;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The feedback module with the modules it depends on: the events it listens to become callback tasks, once
 * each however often they are delivered (Spring Modulith {@link Scenario}).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CallbackScenarioTests {

    @Autowired
    CallbackTasks tasks;

    @Autowired
    OrganizationDirectory organization;

    private CallbackView callbackOf(DataScope scope, String caseNumber) {
        return tasks.queue(scope, null).stream()
                .filter(t -> t.caseNumber().equals(caseNumber))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aClosedComplaintIsCalledBackOnceWithTheComplaintQuestionnaire(Scenario scenario) {
        OrgUnitView branch = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        DataScope scope = DataScope.subtree(branch.insurerId(), branch.id(), branch.path());
        String number = "TS-SCN-" + System.nanoTime() % 1_000_000;
        ComplaintClosed closed = new ComplaintClosed(
                number,
                branch.insurerId(),
                branch.id(),
                branch.path(),
                false,
                null,
                "138****8000",
                "李投诉",
                Instant.parse("2026-10-12T02:00:00Z"));

        scenario.publish(closed)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> callbackOf(scope, number))
                .andVerify(task -> {
                    assertThat(task.reason()).isEqualTo(CallbackReason.COMPLAINT_CLOSED);
                    assertThat(task.questionnaireCode()).isEqualTo("SEED-004");
                    assertThat(task.ratedStaff()).isEqualTo("李投诉");
                });

        scenario.publish(closed)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> tasks.queue(scope, null).stream()
                        .filter(t -> t.caseNumber().equals(number))
                        .count())
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    @Test
    void aPaidClaimAboveTheAmountIsCalledBackAndItsContactStaysWithClaims(Scenario scenario) {
        OrgUnitView branch = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        DataScope scope = DataScope.subtree(branch.insurerId(), branch.id(), branch.path());
        String claim = "CLM-SCN-" + System.nanoTime() % 1_000_000;

        scenario.publish(new ClaimPaid(
                        claim,
                        branch.insurerId(),
                        branch.id(),
                        "PDAA2026001",
                        "139****0001",
                        "claim:" + claim,
                        Money.yuan(50_000),
                        Instant.parse("2026-10-12T02:00:00Z")))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> callbackOf(scope, claim))
                .andVerify(task -> {
                    assertThat(task.reason()).isEqualTo(CallbackReason.ABOVE_AMOUNT);
                    assertThat(task.contactRef()).isEqualTo("claim:" + claim);
                    assertThat(task.mobileStored()).isFalse();
                });
    }
}
