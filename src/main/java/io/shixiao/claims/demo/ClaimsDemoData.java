package io.shixiao.claims.demo;

import io.shixiao.claims.ClaimKind;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ClaimView;
import io.shixiao.claims.application.PaymentConfirmation;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.claims.application.StepCommand;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.DocumentChecklist;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.policies.Policies;
import io.shixiao.policies.PolicySummary;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Claims in every state for both demo insurers, taken through the same steps a person would take, so
 * that the board, the lists, the monitor and the compliance pages show claim clocks: fresh reports
 * waiting for dispatch, surveys under way, documents awaited after a one-time notice, claims adjusted,
 * approved, agreed, paid, denied and withdrawn. Past steps are recorded as back-dated demo entries.
 * Runs once per database, after the policies' demo data; {@code shixiao.claims.demo-claims} sets how many.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class ClaimsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClaimsDemoData.class);
    private static final String REASON = "演示数据：历史节点补录";
    private static final int POLICY_IDS_PROBED = 3_000;

    /** The states demo claims are left in, in the order of the path. */
    private static final List<ClaimStatus> TARGETS = List.of(
            ClaimStatus.REPORTED,
            ClaimStatus.DISPATCHED,
            ClaimStatus.ON_SITE,
            ClaimStatus.SURVEYED,
            ClaimStatus.ASSESSED,
            ClaimStatus.REVIEWED,
            ClaimStatus.COLLECTING_DOCUMENTS,
            ClaimStatus.DOCUMENTS_COMPLETE,
            ClaimStatus.ADJUSTED,
            ClaimStatus.APPROVED,
            ClaimStatus.AGREED,
            ClaimStatus.PAID,
            ClaimStatus.CLOSED,
            ClaimStatus.DENIED,
            ClaimStatus.WITHDRAWN);

    private final ClaimHandling handling;
    private final Policies policies;
    private final Clock clock;
    private final int count;

    ClaimsDemoData(
            ClaimHandling handling,
            Policies policies,
            Clock clock,
            @Value("${shixiao.claims.demo-claims:240}") int count) {
        this.handling = handling;
        this.policies = policies;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || !handling.list(DataScope.platform(), null, 1).isEmpty()) {
            return;
        }
        List<PolicySummary> motor = motorPoliciesInForce();
        if (motor.isEmpty()) {
            log.info("No demo motor policies in force found; no demo claims written");
            return;
        }
        int written = 0;
        for (int i = 0; i < count; i++) {
            PolicySummary policy = motor.get(i % motor.size());
            ClaimStatus target = TARGETS.get(i % TARGETS.size());
            try {
                walk(policy, target, i);
                written++;
            } catch (RuntimeException e) {
                log.warn("Demo claim {} on {} not written: {}", i, policy.policyNo(), e.getMessage());
            }
        }
        log.info("Demo claims written: {}", written);
    }

    private List<PolicySummary> motorPoliciesInForce() {
        List<PolicySummary> found = new ArrayList<>();
        Instant now = clock.instant();
        for (long id = 1; id <= POLICY_IDS_PROBED && found.size() < count; id++) {
            policies.byId(id, DataScope.platform())
                    .filter(p -> p.productLine() == ProductLine.MOTOR && p.covers(now.minus(Duration.ofDays(40))))
                    .filter(p -> p.covers(now))
                    .ifPresent(found::add);
        }
        return found;
    }

    // Fresh reports are minutes old so that the board counts down; later states lie days back.
    private void walk(PolicySummary policy, ClaimStatus target, int n) {
        Instant now = clock.instant();
        int depth = TARGETS.indexOf(target);
        Duration age = depth == 0 ? Duration.ofMinutes(1 + n % 4) : Duration.ofHours(2L + depth * 20L + n % 7);
        Instant reported = now.minus(age);
        Step step = new Step(reported, now);
        boolean urban = n % 3 != 0;
        ClaimKind kind = n % 5 == 0 ? ClaimKind.MOTOR_THIRD_PARTY : ClaimKind.MOTOR_OWN_DAMAGE;
        ReportClaim report = new ReportClaim(
                policy.policyNo(),
                kind,
                reported.minus(Duration.ofMinutes(25)),
                urban ? "330106" : "330110",
                urban ? "杭州市西湖区文三路" + (100 + n) + "号" : "杭州市余杭区良渚街道",
                null,
                n % 2 == 0 ? "追尾，前部受损" : "倒车剐蹭",
                false,
                kind == ClaimKind.MOTOR_THIRD_PARTY,
                BigDecimal.valueOf(800L + (n * 137L) % 9000),
                "演示客户" + n,
                "139" + String.format("%08d", 10_000_000 + n),
                step.at(),
                step.reason());
        ClaimView claim = handling.report(report, DemoUser.AGENT, null);
        String no = claim.claimNo();
        if (target == ClaimStatus.REPORTED) {
            return;
        }
        long surveyor = handling.surveyorsFor(no, DataScope.platform()).get(0).staffId();
        take(no, ClaimStep.DISPATCH, step.next(3), DemoUser.DISPATCHER, surveyor, null);
        if (target == ClaimStatus.WITHDRAWN) {
            take(no, ClaimStep.WITHDRAWAL, step.next(20), DemoUser.AGENT, null, "客户自行协商解决，撤销报案");
            return;
        }
        if (target == ClaimStatus.DISPATCHED) {
            return;
        }
        take(no, ClaimStep.CONTACT, step.next(2), DemoUser.SURVEYOR, null, null);
        take(no, ClaimStep.ARRIVAL, step.next(n % 4 == 0 ? 45 : 20), DemoUser.SURVEYOR, null, null);
        if (target == ClaimStatus.ON_SITE) {
            return;
        }
        take(no, ClaimStep.SURVEY_REPORT, step.next(30), DemoUser.SURVEYOR, null, "现场查勘完毕，损失部位已拍照");
        if (target == ClaimStatus.SURVEYED) {
            return;
        }
        if (target == ClaimStatus.DENIED) {
            handling.step(
                    no,
                    ClaimStep.DENIAL,
                    command(step.next(60 * 24), null, null, null, null, "驾驶人无有效驾驶证", "机动车损失保险条款第九条第（二）项"),
                    DemoUser.HANDLER,
                    null);
            if (n % 2 == 0) {
                handling.step(
                        no,
                        ClaimStep.DENIAL_NOTICE,
                        command(step.next(60 * 20), null, null, null, null, null, null),
                        DemoUser.HANDLER,
                        null);
            }
            return;
        }
        LossCategory category =
                kind == ClaimKind.MOTOR_THIRD_PARTY ? LossCategory.THIRD_PARTY_PROPERTY : LossCategory.OWN_VEHICLE;
        handling.step(
                no,
                ClaimStep.ASSESSMENT,
                command(
                        step.next(60 * 3),
                        null,
                        // A third party's loss too, which 交强险 always pays, so every demo claim has an amount to pay
                        // whatever covers its policy carries.
                        List.of(
                                new StepCommand.AssessedItem(
                                        category, "前保险杠、大灯更换", BigDecimal.valueOf(1200L + (n * 211L) % 6000), true),
                                new StepCommand.AssessedItem(
                                        LossCategory.THIRD_PARTY_PROPERTY, "对方车辆后杠修复", BigDecimal.valueOf(900), true)),
                        null,
                        null,
                        null,
                        null),
                DemoUser.ASSESSOR,
                null);
        if (target == ClaimStatus.ASSESSED) {
            return;
        }
        take(no, ClaimStep.ASSESSMENT_REVIEW, step.next(60 * 2), DemoUser.REVIEWER, null, null);
        if (target == ClaimStatus.REVIEWED) {
            return;
        }
        handling.step(
                no,
                ClaimStep.APPLICATION,
                command(
                        step.next(60 * 20),
                        null,
                        null,
                        Set.of(DocumentItem.ID_DOCUMENT, DocumentItem.DRIVING_LICENCE),
                        null,
                        null,
                        null),
                DemoUser.HANDLER,
                null);
        Set<DocumentItem> missing = EnumSet.copyOf(DocumentChecklist.required(kind));
        missing.removeAll(
                Set.of(DocumentItem.CLAIM_APPLICATION, DocumentItem.ID_DOCUMENT, DocumentItem.DRIVING_LICENCE));
        if (target == ClaimStatus.COLLECTING_DOCUMENTS) {
            handling.step(
                    no,
                    ClaimStep.MISSING_DOCUMENTS_NOTICE,
                    command(step.next(60 * 4), null, null, missing, null, null, null),
                    DemoUser.HANDLER,
                    null);
            if (n % 2 == 0) {
                take(no, ClaimStep.NOTICE_RECEIVED, step.next(60 * 20), DemoUser.HANDLER, null, null);
            }
            return;
        }
        handling.step(
                no,
                ClaimStep.DOCUMENTS,
                command(step.next(60 * 20), null, null, missing, null, null, null),
                DemoUser.HANDLER,
                null);
        if (target == ClaimStatus.DOCUMENTS_COMPLETE) {
            return;
        }
        handling.step(
                no,
                ClaimStep.ADJUSTMENT,
                stepCommand(
                        step.next(60 * 4),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        null,
                        null),
                DemoUser.HANDLER,
                null);
        if (target == ClaimStatus.ADJUSTED) {
            return;
        }
        take(no, ClaimStep.APPROVAL, step.next(60 * 3), DemoUser.MANAGER, null, null);
        if (target == ClaimStatus.APPROVED) {
            return;
        }
        take(no, ClaimStep.AGREEMENT, step.next(60 * 5), DemoUser.HANDLER, null, null);
        if (target == ClaimStatus.AGREED) {
            return;
        }
        ClaimView agreed = handling.get(no, DataScope.platform());
        Timing paidAt = step.next(60 * 20);
        ClaimView instructed = handling.step(
                no,
                ClaimStep.PAYMENT_INSTRUCTION,
                stepCommand(
                        paidAt,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "62220212345678" + String.format("%05d", n),
                        null,
                        agreed.outstanding(),
                        null,
                        null),
                DemoUser.HANDLER,
                null);
        // The simulated bank confirms at once, under the demo's own statement reference.
        handling.confirmPayment(
                java.util.Objects.requireNonNull(instructed.pendingPayment()).reference(),
                new PaymentConfirmation("DEMO" + no, paidAt.at(), paidAt.reason()),
                DemoUser.HANDLER);
        if (target == ClaimStatus.CLOSED) {
            take(no, ClaimStep.CLOSE, step.next(60), DemoUser.HANDLER, null, null);
        }
    }

    private void take(
            String no, ClaimStep step, Timing at, ScopedUser user, @Nullable Long surveyor, @Nullable String text) {
        handling.step(
                no,
                step,
                new StepCommand(
                        at.at(),
                        at.reason(),
                        surveyor,
                        null,
                        text,
                        null,
                        null,
                        text,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                user,
                null);
    }

    private static StepCommand stepCommand(
            Timing at,
            @Nullable Long surveyor,
            @Nullable String gps,
            @Nullable String notes,
            @Nullable List<StepCommand.AssessedItem> items,
            @Nullable Set<DocumentItem> documents,
            @Nullable String reason,
            @Nullable BigDecimal liabilityShare,
            @Nullable String bankAccount,
            @Nullable String bankReference,
            @Nullable BigDecimal amount,
            @Nullable String reasons,
            @Nullable String clauses) {
        return new StepCommand(
                at.at(),
                at.reason(),
                surveyor,
                gps,
                notes,
                items,
                documents,
                reason,
                liabilityShare,
                bankAccount,
                bankReference,
                amount,
                reasons,
                clauses);
    }

    private static StepCommand command(
            Timing at,
            @Nullable String notes,
            @Nullable List<StepCommand.AssessedItem> items,
            @Nullable Set<DocumentItem> documents,
            @Nullable String reason,
            @Nullable String reasons,
            @Nullable String clauses) {
        return new StepCommand(
                at.at(),
                at.reason(),
                null,
                null,
                notes,
                items,
                documents,
                reason,
                null,
                null,
                null,
                null,
                reasons,
                clauses);
    }

    /** When a demo step happened, and the back-dating reason when that lies in the past. */
    private record Timing(Instant at, @Nullable String reason) {}

    /** The demo's walk through time: each step some minutes after the last, never past now. */
    private static final class Step {
        private Instant at;
        private final Instant now;

        Step(Instant start, Instant now) {
            this.at = start;
            this.now = now;
        }

        Instant at() {
            return at;
        }

        @Nullable
        String reason() {
            return at.isBefore(now.minus(Duration.ofMinutes(10))) ? REASON : null;
        }

        Timing next(long minutes) {
            Instant candidate = at.plus(Duration.ofMinutes(minutes));
            at = candidate.isAfter(now) ? now : candidate;
            return new Timing(at, reason());
        }
    }

    /** The demo's staff, one per role, seeing the whole platform's records as a trusted caller. */
    private record DemoUser(String username, Role role) implements ScopedUser {
        static final DemoUser AGENT = new DemoUser("demo.agent", Role.AGENT);
        static final DemoUser DISPATCHER = new DemoUser("demo.dispatcher", Role.DISPATCHER);
        static final DemoUser SURVEYOR = new DemoUser("demo.surveyor", Role.SURVEYOR);
        static final DemoUser ASSESSOR = new DemoUser("demo.assessor", Role.ASSESSOR);
        static final DemoUser REVIEWER = new DemoUser("demo.reviewer", Role.ASSESSOR);
        static final DemoUser HANDLER = new DemoUser("demo.handler", Role.CLAIMS_HANDLER);
        static final DemoUser MANAGER = new DemoUser("demo.manager", Role.MANAGER);

        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String displayName() {
            return username;
        }

        @Override
        public Set<Role> roles() {
            return Set.of(role);
        }

        @Override
        public DataScope dataScope() {
            return DataScope.platform();
        }
    }
}
