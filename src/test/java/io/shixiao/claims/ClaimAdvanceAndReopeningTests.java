package io.shixiao.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.claims.application.ClaimClocks;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ClaimView;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.claims.application.StepCommand;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.DocumentChecklist;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.document.PdfText;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Advance payment (先予支付, 保险法第二十五条) and reopening on the real engine and catalog: the advance stops
 * LAW-25 and ZJ-ADVANCE as met and the settlement deducts it; a closed claim reopens with a manager's
 * reason, audited and on the timeline, and resumes at a new adjustment.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class ClaimAdvanceAndReopeningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClaimHandling handling;

    @Autowired
    ClaimClocks clocks;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PolicyRepository policies;

    @Autowired
    JdbcClient jdbc;

    private TestUser agent;
    private TestUser dispatcher;
    private TestUser assessor;
    private TestUser reviewer;
    private TestUser handler;
    private TestUser manager;
    private String policyNo;

    @BeforeEach
    void anlansZhejiangStaffAndAMotorPolicy() {
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        agent = user(31, "r.agent", Role.AGENT, scope);
        dispatcher = user(32, "r.dispatcher", Role.DISPATCHER, scope);
        assessor = user(34, "r.assessor", Role.ASSESSOR, scope);
        reviewer = user(35, "r.reviewer", Role.ASSESSOR, scope);
        handler = user(36, "r.handler", Role.CLAIMS_HANDLER, scope);
        manager = user(37, "r.manager", Role.MANAGER, scope);
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
    }

    private static TestUser user(long id, String name, Role role, DataScope scope) {
        return new TestUser(id, name, name, Set.of(role), scope);
    }

    private ClaimView step(String claimNo, ClaimStep step, StepCommand command, TestUser user) {
        clock.advance(Duration.ofMinutes(2));
        return handling.step(claimNo, step, command, user, null);
    }

    private static StepCommand command(
            List<StepCommand.AssessedItem> items,
            Set<DocumentItem> documents,
            String reason,
            BigDecimal share,
            String account,
            String reference,
            BigDecimal amount) {
        return new StepCommand(
                null, null, null, null, null, items, documents, reason, share, account, reference, amount, null, null);
    }

    private static StepCommand reason(String reason) {
        return command(null, null, reason, null, null, null, null);
    }

    private static StepCommand paid(String amount, String reference) {
        return command(null, null, null, null, "6222021234567890123", reference, new BigDecimal(amount));
    }

    /** A motor own-damage claim assessed at 3,500 and reviewed, its application in with one document. */
    private String applied() {
        String claimNo = handling.report(
                        new ReportClaim(
                                policyNo,
                                ClaimKind.MOTOR_OWN_DAMAGE,
                                clock.instant().minus(Duration.ofMinutes(30)),
                                "330106",
                                "杭州市西湖区文三路100号",
                                "30.2741,120.1551",
                                "追尾，前部受损",
                                false,
                                false,
                                new BigDecimal("3500"),
                                "张三",
                                "13812345678",
                                null,
                                null),
                        agent,
                        null)
                .claimNo();
        step(claimNo, ClaimStep.NO_SITE_SURVEY, reason("照片定损"), dispatcher);
        step(
                claimNo,
                ClaimStep.ASSESSMENT,
                command(
                        List.of(new StepCommand.AssessedItem(
                                LossCategory.OWN_VEHICLE, "前保险杠及大灯更换", new BigDecimal("3500"), true)),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                assessor);
        step(claimNo, ClaimStep.ASSESSMENT_REVIEW, StepCommand.now(), reviewer);
        step(
                claimNo,
                ClaimStep.APPLICATION,
                command(null, Set.of(DocumentItem.ID_DOCUMENT), null, null, null, null, null),
                handler);
        return claimNo;
    }

    private ClaimView agreed(String claimNo) {
        step(
                claimNo,
                ClaimStep.DOCUMENTS,
                command(null, DocumentChecklist.required(ClaimKind.MOTOR_OWN_DAMAGE), null, null, null, null, null),
                handler);
        step(claimNo, ClaimStep.ADJUSTMENT, command(null, null, null, BigDecimal.ONE, null, null, null), handler);
        step(claimNo, ClaimStep.APPROVAL, StepCommand.now(), manager);
        return step(claimNo, ClaimStep.AGREEMENT, StepCommand.now(), handler);
    }

    private ClaimView paidThroughTheBank(String claimNo, String amount) {
        ClaimView instructed = step(claimNo, ClaimStep.PAYMENT_INSTRUCTION, paid(amount, null), handler);
        return handling.confirmPayment(
                instructed.pendingPayment().reference(),
                new io.shixiao.claims.application.PaymentConfirmation("BK-" + claimNo, null, null),
                handler);
    }

    private ClockView clockOf(ClaimView claim, String standard) {
        return clocks.deadlinesOf(claim.insurerId(), claim.claimNo()).clocks().stream()
                .filter(c -> c.standardCode().equals(standard))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + standard));
    }

    @Test
    void anAdvanceWithinTheDeterminableAmountStopsLaw25AndZjAdvanceAsMetAndTheSettlementDeductsIt() throws Exception {
        String claimNo = applied();
        ClaimView before = handling.get(claimNo, handler.dataScope());
        // 保险法第二十五条: sixty days from the application on 30 Sep 2026 → 29 Nov 2026 (a Sunday, rolled to Mon 30 Nov)
        assertThat(clockOf(before, "LAW-25").state()).isEqualTo(ClockState.RUNNING);
        assertThat(clockOf(before, "ZJ-ADVANCE").state()).isEqualTo(ClockState.RUNNING);

        // More than the covered assessed loss (3,500) cannot be determined yet.
        assertThatThrownBy(() -> step(claimNo, ClaimStep.ADVANCE_PAYMENT, paid("3500.01", "ADV-1"), handler))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
        mvc.perform(post("/api/v1/claims/" + claimNo + "/advance-payments")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":-5,\"bankAccount\":\"6222021234567890123\",\"bankReference\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));

        ClaimView advanced = step(claimNo, ClaimStep.ADVANCE_PAYMENT, paid("1000", "ADV-1"), handler);
        assertThat(advanced.status()).isEqualTo(ClaimStatus.COLLECTING_DOCUMENTS);
        assertThat(advanced.advancesPaid()).isEqualByComparingTo("1000");
        assertThat(clockOf(advanced, "LAW-25").state()).isEqualTo(ClockState.MET);
        assertThat(clockOf(advanced, "ZJ-ADVANCE").state()).isEqualTo(ClockState.MET);
        assertThat(advanced.timeline().get(advanced.timeline().size() - 1).step())
                .isEqualTo(ClaimStep.ADVANCE_PAYMENT);

        ClaimView agreed = agreed(claimNo);
        // 3,500 − 500 deductible = 3,000 agreed; 1,000 paid in advance leaves 2,000
        assertThat(agreed.payable()).isEqualByComparingTo("3000");
        assertThat(agreed.outstanding()).isEqualByComparingTo("2000");
        byte[] agreement = mvc.perform(get("/api/v1/claims/" + claimNo + "/notices/settlement-agreement")
                        .with(handler.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.withoutWhitespace(agreement)).contains("已先予", "¥1,000.00", "扣除后应付差额¥2,000.00");
        assertThatThrownBy(() -> step(claimNo, ClaimStep.PAYMENT_INSTRUCTION, paid("3000", null), handler))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2,000.00");
        assertThat(paidThroughTheBank(claimNo, "2000").status()).isEqualTo(ClaimStatus.PAID);
        byte[] notice = mvc.perform(
                        get("/api/v1/claims/" + claimNo + "/notices/payment").with(handler.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.withoutWhitespace(notice)).contains("¥2,000.00", "已先予", "¥1,000.00");
    }

    @Test
    void theClaimPageWarnsInWordsWhenTheSixtiethDayNearsWithTheAmountStillOpen() throws Exception {
        String claimNo = applied();
        mvc.perform(get("/claims/" + claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"advance-due\""))));
        clock.set(Instant.parse("2026-11-20T02:00:00Z"));
        mvc.perform(get("/claims/" + claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"advance-due\"")))
                .andExpect(content().string(containsString("第二十五条")))
                .andExpect(content().string(containsString("data-step=\"ADVANCE_PAYMENT\"")));
    }

    @Test
    void aClosedClaimReopensOnlyWithAManagersReasonAndResumesAtANewAdjustment() throws Exception {
        String claimNo = applied();
        agreed(claimNo);
        paidThroughTheBank(claimNo, "3000");

        // Not closed yet: 409 naming the state.
        mvc.perform(post("/api/v1/claims/" + claimNo + "/reopen")
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"新发票\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is PAID")));
        step(claimNo, ClaimStep.CLOSE, StepCommand.now(), handler);

        mvc.perform(post("/api/v1/claims/" + claimNo + "/reopen")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"新发票\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/claims/" + claimNo + "/reopen")
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));

        ClaimView reopened = step(claimNo, ClaimStep.REOPEN, reason("客户提交遗漏的大灯总成发票"), manager);
        assertThat(reopened.status()).isEqualTo(ClaimStatus.DOCUMENTS_COMPLETE);
        ClaimView.Step last = reopened.timeline().get(reopened.timeline().size() - 1);
        assertThat(last.step()).isEqualTo(ClaimStep.REOPEN);
        assertThat(last.note()).isEqualTo("客户提交遗漏的大灯总成发票");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'REOPEN' and entity_id = ?")
                        .param(claimNo)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("客户提交遗漏的大灯总成发票");
        // What was paid stays paid: the next agreement leaves nothing more for the same amount.
        assertThat(reopened.outstanding()).isEqualByComparingTo("0");
        mvc.perform(get("/claims/" + claimNo).with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("客户提交遗漏的大灯总成发票")));
        // A second reopening of a claim that is not closed answers 409 naming the state.
        mvc.perform(post("/api/v1/claims/" + claimNo + "/reopen")
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"再次\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is DOCUMENTS_COMPLETE")));
    }

    @Test
    void aDeniedClaimReopensFromThePageOfAManagerAndResumesCollectingDocuments() throws Exception {
        String claimNo = applied();
        step(
                claimNo,
                ClaimStep.DENIAL,
                new StepCommand(
                        null, null, null, null, null, null, null, null, null, null, null, null, "酒后驾驶", "第二十四条"),
                handler);
        step(claimNo, ClaimStep.DENIAL_NOTICE, StepCommand.now(), handler);
        mvc.perform(get("/claims/" + claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-step=\"REOPEN\""))));
        mvc.perform(get("/claims/" + claimNo).with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-step=\"REOPEN\"")));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(post("/claims/" + claimNo + "/steps/reopen")
                        .with(manager.signedIn())
                        .with(csrf())
                        .param("reason", "交警复核认定非酒后驾驶"))
                .andExpect(status().is3xxRedirection());
        ClaimView reopened = handling.get(claimNo, manager.dataScope());
        assertThat(reopened.status()).isEqualTo(ClaimStatus.COLLECTING_DOCUMENTS);
        assertThat(reopened.timeline().get(reopened.timeline().size() - 1).note())
                .isEqualTo("交警复核认定非酒后驾驶");
    }

    @Test
    void onlyAClaimsHandlerOfTheInsurerConfirmsAPaymentAndABadBankReferenceIsRefusedByName() throws Exception {
        String claimNo = applied();
        agreed(claimNo);
        String reference = step(claimNo, ClaimStep.PAYMENT_INSTRUCTION, paid("3000", null), handler)
                .pendingPayment()
                .reference();
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        TestUser otherInsurer = user(
                38,
                "r.hengtai",
                Role.CLAIMS_HANDLER,
                DataScope.subtree(hengtai.insurerId(), hengtai.id(), hengtai.path()));
        String body = "{\"bankReference\":\"BK-X\"}";
        mvc.perform(post("/api/v1/claims/payments/" + reference + "/confirmation")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/claims/payments/" + reference + "/confirmation")
                        .with(otherInsurer.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/claims/payments/" + reference + "/confirmation")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankReference\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("bankReference")));
        // A second instruction while one is with the bank is refused naming it.
        mvc.perform(post("/api/v1/claims/" + claimNo + "/payments")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankAccount\":\"6222021234567890123\",\"amount\":3000}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(reference)));
        assertThat(handling.get(claimNo, handler.dataScope()).status()).isEqualTo(ClaimStatus.AGREED);
    }
}
