package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.ClaimClosed;
import io.shixiao.claims.ClaimPaid;
import io.shixiao.claims.ClaimReported;
import io.shixiao.claims.domain.AssessmentItem;
import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.ClaimReport;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.DisputeResolution;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.MissingDocumentsNotice;
import io.shixiao.claims.domain.Payment;
import io.shixiao.claims.domain.PaymentInstruction;
import io.shixiao.claims.domain.StepEntry;
import io.shixiao.claims.domain.StepTiming;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.StaffView;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a claim from the report to payment, one short transaction per step: load within the caller's
 * scope (another insurer's claim is not found), apply the aggregate's step, store with a version check,
 * report the step's milestones to the engine with both times of a back-dated entry, audit, publish.
 */
@Service
public class ClaimHandling {

    static final String CONTACT_REF = "claim:";

    private final ClaimRepository claims;
    private final InsuredPolicies policies;
    private final OrganizationDirectory organization;
    private final ClaimClocks clocks;
    private final Idempotency idempotency;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClaimMessages messages;
    private final ClaimsSettings settings;
    private final BankPayments bank;
    private final PaymentInstructions instructions;
    private final Clock clock;
    private final SiteSurveyInsistence siteSurveys;

    ClaimHandling(
            ClaimRepository claims,
            InsuredPolicies policies,
            OrganizationDirectory organization,
            ClaimClocks clocks,
            Idempotency idempotency,
            PiiCipher cipher,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ClaimMessages messages,
            ClaimsSettings settings,
            BankPayments bank,
            PaymentInstructions instructions,
            Clock clock,
            SiteSurveyInsistence siteSurveys) {
        this.claims = claims;
        this.policies = policies;
        this.organization = organization;
        this.clocks = clocks;
        this.idempotency = idempotency;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.settings = settings;
        this.bank = bank;
        this.instructions = instructions;
        this.clock = clock;
        this.siteSurveys = siteSurveys;
    }

    /** The claim, if the scope sees it. */
    @Transactional(readOnly = true)
    public ClaimView get(String claimNo, DataScope scope) {
        return load(claimNo, scope)
                .map(s -> ClaimView.of(s.claim(), s.version(), null))
                .orElseThrow(() -> new NotFoundException("Claim", claimNo));
    }

    /** The reporter's mobile in the clear, for a caller who must phone them; audited as a PII view. */
    @Transactional
    public String revealReporterMobile(String claimNo, DataScope scope) {
        StoredClaim stored = load(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        audit.recordPiiView("claim", claimNo, "reporterMobile");
        return Objects.requireNonNull(cipher.decrypt(stored.claim().report().reporterMobileEncrypted()));
    }

    /**
     * Registers a report (报案). A repeat report of the same accident (same policy, loss within the
     * window) answers the existing claim instead of opening another.
     */
    @Transactional
    public ClaimView report(ReportClaim command, ScopedUser user, @Nullable String idempotencyKey) {
        requireRole(user, ClaimStep.REPORT);
        long keyOwner = keyOwner(user);
        Optional<String> replayed = idempotency.replay(keyOwner, idempotencyKey, "REPORT", command);
        if (replayed.isPresent()) {
            return get(replayed.get(), user.dataScope());
        }
        Instant now = clock.instant();
        Checked checked = check(command, user.dataScope(), now);
        Optional<String> first = claims.sameAccident(
                checked.policy().insurerId(),
                checked.policy().policyNo(),
                checked.report().lossAt(),
                settings.sameAccidentMinutes());
        if (first.isPresent()) {
            idempotency.remember(keyOwner, idempotencyKey, "REPORT", command, first.get());
            audit.recordWrite("LINK_REPORT", "claim", first.get(), "repeat report of the same accident");
            return get(first.get(), user.dataScope()).asDuplicateOf();
        }
        StepTiming timing = StepTiming.of(command.occurredAt(), now, command.lateEntryReason());
        String claimNo = claims.nextClaimNo(timing.occurredAt());
        Claim claim = Claim.report(
                claimNo,
                checked.policy().insurerId(),
                checked.unit().id(),
                checked.unit().path(),
                checked.report(),
                timing,
                user.username(),
                null);
        claims.insert(claim, now);
        clocks.reportStep(claim, ClaimStep.REPORT, timing, null, user.dataScope());
        audit.recordWrite(
                "REPORT",
                "claim",
                claimNo,
                auditSummary(claim, timing, claim.report().kind().name()));
        idempotency.remember(keyOwner, idempotencyKey, "REPORT", command, claimNo);
        events.publishEvent(new ClaimReported(
                claimNo,
                claim.insurerId(),
                claim.orgUnitId(),
                claim.report().policyNo(),
                claim.report().kind(),
                claim.report().reporterMobileMasked(),
                CONTACT_REF + claimNo,
                claim.report().lossAt(),
                timing.occurredAt(),
                null));
        // Only a new claim is acknowledged: a repeat report returned above, linked without a second SMS.
        messages.reported(claim);
        return ClaimView.of(claim, 0, null);
    }

    /** One step of a claim; see {@link StepCommand} for the fields each step reads. */
    @Transactional
    public ClaimView step(
            String claimNo, ClaimStep step, StepCommand command, ScopedUser user, @Nullable String idempotencyKey) {
        requireRole(user, step);
        long keyOwner = keyOwner(user);
        String operation = step.name() + " " + claimNo;
        Optional<String> replayed = idempotency.replay(keyOwner, idempotencyKey, operation, command);
        if (replayed.isPresent()) {
            return get(replayed.get(), user.dataScope());
        }
        StoredClaim stored = load(claimNo, user.dataScope()).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        Claim claim = stored.claim();
        Instant now = clock.instant();
        StepTiming timing = StepTiming.of(command.occurredAt(), now, command.lateEntryReason());
        String actor = user.username();
        String repeatReason = null;
        String handOff = null;
        ClaimStatus before = claim.status();
        List<Milestone> extra = new ArrayList<>();
        switch (step) {
            case DISPATCH -> {
                long chosen = surveyor(command.surveyorId(), claim);
                if (claim.status() == ClaimStatus.DISPATCHED) {
                    handOff = text(command.reason(), "reason");
                    claim.redispatch(chosen, handOff, timing, actor);
                } else {
                    claim.dispatch(chosen, timing, actor);
                }
            }
            case CONTACT -> claim.contact(timing, actor);
            case ARRIVAL -> claim.arrive(gps(command.gps()), timing, actor);
            case NO_SITE_SURVEY -> {
                siteSurveys.requireSiteSurveyMayBeSkipped(stored.id());
                claim.surveyWithoutSiteVisit(text(command.reason(), "reason"), timing, actor);
            }
            case SURVEY_REPORT -> claim.completeSurvey(text(command.notes(), "notes"), timing, actor);
            case ASSESSMENT -> claim.assess(items(command.items()), timing, actor);
            case ASSESSMENT_REVIEW -> claim.reviewAssessment(timing, actor);
            case APPLICATION -> claim.receiveApplication(documents(command.documents(), false), timing, actor);
            case DOCUMENTS -> {
                Claim.DocumentsReceived received =
                        claim.receiveDocuments(documents(command.documents(), true), timing, actor);
                if (received.supplementsArrived()) {
                    extra.add(Milestone.SUPPLEMENTARY_DOCUMENTS_RECEIVED);
                }
            }
            case MISSING_DOCUMENTS_NOTICE -> {
                boolean later = !claim.notices().isEmpty();
                String manager = later && user.has(Role.MANAGER) ? actor : null;
                MissingDocumentsNotice notice = claim.sendMissingDocumentsNotice(
                        documents(command.documents(), true), command.reason(), manager, timing, actor);
                repeatReason = notice.number() > 1 ? notice.reason() : null;
            }
            case NOTICE_RECEIVED -> claim.noticeReceived(timing, actor);
            case ADJUSTMENT ->
                claim.adjust(covers(claim, user.dataScope()), share(command.liabilityShare()), timing, actor);
            case APPROVAL -> claim.approve(settings.authority(), user.roles(), timing, actor);
            case AGREEMENT -> claim.agree(timing, actor);
            case PAYMENT_INSTRUCTION -> claim.instructPayment(instruction(command, claim, timing), timing, actor);
            case PAYMENT ->
                throw new InvalidInputException(
                        "step", "the bank confirms a payment: POST /api/v1/claims/payments/{reference}/confirmation");
            case CLOSE -> claim.close(timing, actor);
            case DENIAL ->
                claim.deny(text(command.reasons(), "reasons"), text(command.clauses(), "clauses"), timing, actor);
            case DENIAL_NOTICE -> claim.sendDenialNotice(timing, actor);
            case WITHDRAWAL -> claim.withdraw(text(command.reason(), "reason"), timing, actor);
            case ADVANCE_PAYMENT ->
                claim.payInAdvance(payment(command, timing), sumInsured(claim, user.dataScope()), timing, actor);
            case REOPEN -> claim.reopen(text(command.reason(), "reason"), timing, actor);
            case ASSESSMENT_DISPUTE -> {
                StepCommand.Dispute dispute = dispute(command.dispute());
                claim.agreeOnDispute(
                        Objects.requireNonNull(dispute.resolution()),
                        text(dispute.disagreement(), "dispute.disagreement"),
                        dispute.resurveyAt(),
                        dispute.jointAssessor(),
                        timing,
                        actor);
            }
            case REPORT -> throw new InvalidInputException("step", "a claim is reported once, by POST /api/v1/claims");
        }
        if (step == ClaimStep.AGREEMENT && claim.paidByEarlierPayments()) {
            // 保险法第二十三条 / 浙江规范第七章 2.7.3 count the payment from the agreement; an agreement the earlier
            // payments already cover is paid when it is made, so its payment limits are met rather than left open.
            extra.add(Milestone.PAYMENT_MADE);
        }
        if (claim.status() == ClaimStatus.DOCUMENTS_COMPLETE && before != ClaimStatus.DOCUMENTS_COMPLETE) {
            extra.add(Milestone.DOCUMENTS_COMPLETE);
            extra.add(Milestone.INITIAL_REVIEW_COMPLETED);
        }
        claims.update(stored.id(), claim, stored.version(), now);
        if (handOff != null) {
            clocks.reassign(claim, handOff, timing);
        } else {
            clocks.reportStep(claim, step, timing, repeatReason, user.dataScope());
        }
        clocks.report(claim, extra, timing, user.dataScope());
        StepEntry entry = claim.timeline().get(claim.timeline().size() - 1);
        audit.recordWrite(step.name(), "claim", claimNo, auditSummary(claim, timing, entry.note()));
        idempotency.remember(keyOwner, idempotencyKey, operation, command, claimNo);
        if (step == ClaimStep.PAYMENT_INSTRUCTION) {
            toTheBank(claim, command, now);
        }
        publish(claim, step, timing);
        return ClaimView.of(claim, stored.version() + 1, null);
    }

    /**
     * The bank confirms a payment instruction: the claim is paid, PAYMENT_MADE goes to the engine, ClaimPaid
     * and the payment SMS (CLAIM_PAID_STAFF_NO) follow. A repeated confirmation with the same bank reference answers the claim
     * again and changes nothing; with another reference it is refused (409).
     */
    @Transactional
    public ClaimView confirmPayment(String reference, PaymentConfirmation confirmation, ScopedUser user) {
        if (user.roles().stream().noneMatch(BANK_CONFIRMERS::contains)) {
            throw new AccessDeniedException("Your role does not confirm bank payments");
        }
        String bankReference = confirmation.bankReference() == null
                ? ""
                : confirmation.bankReference().strip();
        if (bankReference.isEmpty() || bankReference.length() > 64) {
            throw new InvalidInputException("bankReference", "the bank's reference, 1–64 characters");
        }
        PaymentInstructions.Row row = (reference == null || reference.length() > 40
                        ? Optional.<PaymentInstructions.Row>empty()
                        : instructions.find(reference))
                .filter(r -> user.dataScope().isPlatform() || user.dataScope().canSeeInsurer(r.insurerId()))
                .orElseThrow(() -> new NotFoundException("Payment", reference));
        if (row.paid()) {
            if (!bankReference.equals(row.bankReference())) {
                throw new io.shixiao.shared.problem.ConflictException(
                        "bankReference", "payment " + reference + " was confirmed as " + row.bankReference());
            }
            return get(row.claimNo(), user.dataScope());
        }
        StoredClaim stored =
                load(row.claimNo(), user.dataScope()).orElseThrow(() -> new NotFoundException("Payment", reference));
        Claim claim = stored.claim();
        Instant now = clock.instant();
        StepTiming timing = StepTiming.of(confirmation.paidAt(), now, confirmation.lateEntryReason());
        Payment paid = claim.confirmPayment(reference, bankReference, timing, user.username());
        claims.update(stored.id(), claim, stored.version(), now);
        instructions.confirmed(reference, bankReference, now);
        clocks.reportStep(claim, ClaimStep.PAYMENT, timing, null, user.dataScope());
        audit.recordWrite(
                ClaimStep.PAYMENT.name(),
                "claim",
                claim.claimNo(),
                auditSummary(
                        claim,
                        timing,
                        reference + " " + bankReference + " " + paid.amount().display()));
        publish(claim, ClaimStep.PAYMENT, timing);
        return ClaimView.of(claim, stored.version() + 1, null);
    }

    /**
     * Who may relay the bank's confirmation. There is no integration role: a claims handler relays it, or
     * the platform's administrator for a bank connection run by the platform.
     */
    private static final Set<Role> BANK_CONFIRMERS = EnumSet.of(Role.CLAIMS_HANDLER, Role.ADMIN);

    /**
     * Writes the instruction to the bank, last in the step's transaction: a failure here rolls the step
     * back, so no instruction is recorded that the bank did not get.
     */
    private void toTheBank(Claim claim, StepCommand command, Instant now) {
        PaymentInstruction pending = Objects.requireNonNull(claim.pendingPayment());
        String bankFile = bank.instruct(new BankPayments.Instruction(
                pending.reference(),
                claim.claimNo(),
                Objects.requireNonNull(cipher.decrypt(claim.report().reporterNameEncrypted())),
                account(command),
                pending.amount(),
                pending.instructedAt()));
        instructions.insert(pending.reference(), claim.claimNo(), claim.insurerId(), pending.amount(), bankFile, now);
    }

    /** The claims in scope, newest first, for lists and boards. */
    @Transactional(readOnly = true)
    public List<ClaimListRow> list(DataScope scope, @Nullable Set<ClaimStatus> statuses, int limit) {
        return claims.list(scope, statuses, null, Math.min(Math.max(limit, 1), 1000));
    }

    /** The surveyors the dispatcher may choose, best first: by the loss place's division, then open workload. */
    @Transactional(readOnly = true)
    public List<SurveyorChoice> surveyorsFor(String claimNo, DataScope scope) {
        Claim claim = load(claimNo, scope)
                .orElseThrow(() -> new NotFoundException("Claim", claimNo))
                .claim();
        List<StaffView> surveyors = organization.activeStaffWithRole(Role.SURVEYOR, scope);
        java.util.Map<Long, Long> open = new java.util.HashMap<>();
        for (ClaimListRow row :
                claims.list(scope, EnumSet.of(ClaimStatus.DISPATCHED, ClaimStatus.ON_SITE), null, 1000)) {
            if (row.surveyorId() != null) {
                open.merge(row.surveyorId(), 1L, Long::sum);
            }
        }
        List<SurveyorChoice> choices = new ArrayList<>();
        for (StaffView s : surveyors) {
            if (s.insurerId() != claim.insurerId()) {
                continue;
            }
            String division = organization
                    .unit(s.orgUnitId())
                    .map(OrgUnitView::divisionCode)
                    .orElse("");
            int match = matchingDigits(division, claim.report().lossDivision());
            choices.add(new SurveyorChoice(
                    s.id(), s.name(), s.employeeNo(), division, match, open.getOrDefault(s.id(), 0L)));
        }
        choices.sort(java.util.Comparator.comparingInt(SurveyorChoice::matchingDigits)
                .reversed()
                .thenComparingLong(SurveyorChoice::openTasks)
                .thenComparing(SurveyorChoice::name));
        return choices;
    }

    /** The policies a hotline agent finds by policy number, plate or ID number. */
    @Transactional(readOnly = true)
    public List<PolicyForClaim> findPolicies(String text, DataScope scope) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || query.length() > 64) {
            throw new InvalidInputException("q", "a policy number, plate or ID number");
        }
        List<PolicyForClaim> found = new ArrayList<>();
        policies.byNumber(query, scope).ifPresent(found::add);
        if (found.isEmpty()) {
            found.addAll(policies.search(query, scope));
        }
        return found;
    }

    /**
     * A surveyor who may take the case.
     *
     * @param matchingDigits how many leading digits of the surveyor's unit's division match the loss place
     * @param openTasks claims dispatched to the surveyor and not yet surveyed
     */
    public record SurveyorChoice(
            long staffId, String name, String employeeNo, String division, int matchingDigits, long openTasks) {}

    // The report's checks

    private record Checked(PolicyForClaim policy, OrgUnitView unit, ClaimReport report) {}

    private Checked check(ReportClaim c, DataScope scope, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        PolicyForClaim policy = null;
        if (c.policyNo() == null || c.policyNo().isBlank()) {
            problems.add(new FieldProblem("policyNo", "required"));
        } else {
            policy = policies.byNumber(c.policyNo().strip(), scope).orElse(null);
            if (policy == null) {
                problems.add(new FieldProblem("policyNo", "no such policy"));
            }
        }
        if (c.kind() == null) {
            problems.add(new FieldProblem(
                    "kind", "required: " + java.util.Arrays.toString(io.shixiao.claims.ClaimKind.values())));
        }
        if (c.lossAt() == null) {
            problems.add(new FieldProblem("lossAt", "required"));
        } else if (c.lossAt().isAfter(now.plusSeconds(60))) {
            problems.add(new FieldProblem("lossAt", "must not lie in the future"));
        } else if (policy != null && !policy.covers(c.lossAt())) {
            problems.add(new FieldProblem("lossAt", "outside the policy's period of cover"));
        }
        if (c.lossDivision() == null
                || !DivisionCode.isValid(c.lossDivision())
                || c.lossDivision().length() < 6) {
            problems.add(new FieldProblem("lossDivision", "a division code of 6, 9 or 12 digits"));
        }
        checkText(problems, "lossAddress", c.lossAddress(), 200, true);
        checkText(problems, "cause", c.cause(), 500, true);
        checkText(problems, "reporterName", c.reporterName(), 50, true);
        if (c.gps() != null && !c.gps().isBlank() && gpsOrNull(c.gps()) == null) {
            problems.add(new FieldProblem("gps", "latitude,longitude"));
        }
        if (c.reporterMobile() == null
                || !MobileNumber.isValid(c.reporterMobile().strip())) {
            problems.add(new FieldProblem("reporterMobile", "an 11-digit mobile number"));
        }
        if (c.estimate() == null) {
            problems.add(new FieldProblem("estimate", "required"));
        } else if (c.estimate().signum() < 0 || c.estimate().compareTo(Money.LIMIT) >= 0) {
            problems.add(new FieldProblem("estimate", "must not be negative"));
        }
        if (policy != null
                && c.kind() != null
                && c.kind().motor() != (policy.productLine() == io.shixiao.servicelevel.ProductLine.MOTOR)) {
            problems.add(new FieldProblem("kind", "does not fit a " + policy.productLine() + " policy"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems,
                    "Invalid report: " + problems.get(0).field() + " "
                            + problems.get(0).message());
        }
        // Every field was checked above, so what follows is present.
        PolicyForClaim found = Objects.requireNonNull(policy);
        OrgUnitView unit = organization
                .unit(found.issuingUnitId())
                .orElseThrow(() -> new InvalidInputException("policyNo", "the policy's unit is not found"));
        String mobile = Objects.requireNonNull(c.reporterMobile()).strip();
        String division = Objects.requireNonNull(c.lossDivision());
        ClaimReport report = new ClaimReport(
                found.policyNo(),
                Objects.requireNonNull(c.kind()),
                Objects.requireNonNull(c.lossAt()),
                division,
                Objects.requireNonNull(c.lossAddress()).strip(),
                gpsOrNull(c.gps()),
                Objects.requireNonNull(c.cause()).strip(),
                Boolean.TRUE.equals(c.injuries()),
                Boolean.TRUE.equals(c.thirdPartyProperty()),
                Money.yuan(Objects.requireNonNull(c.estimate())),
                encrypt(Objects.requireNonNull(c.reporterName()).strip()),
                encrypt(mobile),
                Masks.mobile(mobile),
                clocks.zoneOf(found.insurerId(), unit, division),
                "HOTLINE");
        return new Checked(found, unit, report);
    }

    private static void checkText(
            List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
        }
    }

    // Step inputs

    private long surveyor(@Nullable Long staffId, Claim claim) {
        if (staffId == null) {
            throw new InvalidInputException("surveyorId", "required");
        }
        StaffView staff = organization
                .staff(staffId)
                .filter(s -> s.insurerId() == claim.insurerId()
                        && s.active()
                        && s.roles().contains(Role.SURVEYOR))
                .orElseThrow(() -> new InvalidInputException("surveyorId", "not an active surveyor of this insurer"));
        return staff.id();
    }

    private static @Nullable String gps(@Nullable String gps) {
        if (gps == null || gps.isBlank()) {
            return null;
        }
        String checked = gpsOrNull(gps);
        if (checked == null) {
            throw new InvalidInputException("gps", "latitude,longitude");
        }
        return checked;
    }

    private static @Nullable String gpsOrNull(@Nullable String gps) {
        if (gps == null || gps.isBlank()) {
            return null;
        }
        String[] parts = gps.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
                return null;
            }
            return String.format(java.util.Locale.ROOT, "%.6f,%.6f", lat, lon);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
        return value;
    }

    private static StepCommand.Dispute dispute(StepCommand.@Nullable Dispute dispute) {
        if (dispute == null || dispute.resolution() == null) {
            throw new InvalidInputException(
                    "dispute.resolution", "required: " + java.util.Arrays.toString(DisputeResolution.values()));
        }
        return dispute;
    }

    private static List<AssessmentItem> items(@Nullable List<StepCommand.AssessedItem> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "at least one assessed item");
        }
        if (items.size() > 200) {
            throw new InvalidInputException("items", "at most 200 items");
        }
        List<AssessmentItem> assessed = new ArrayList<>();
        for (StepCommand.AssessedItem item : items) {
            if (item == null || item.category() == null) {
                throw new InvalidInputException("items.category", "required");
            }
            if (item.amount() == null
                    || item.amount().signum() < 0
                    || item.amount().compareTo(Money.LIMIT) >= 0) {
                throw new InvalidInputException("items.amount", "required, not negative");
            }
            assessed.add(new AssessmentItem(
                    item.category(),
                    item.description() == null ? "" : item.description().strip(),
                    Money.yuan(item.amount()),
                    !Boolean.FALSE.equals(item.covered())));
        }
        return assessed;
    }

    private static Set<DocumentItem> documents(@Nullable Set<DocumentItem> documents, boolean required) {
        if (documents == null || documents.stream().anyMatch(java.util.Objects::isNull)) {
            if (required) {
                throw new InvalidInputException("documents", "name the documents");
            }
            return Set.of();
        }
        return documents;
    }

    private static BigDecimal share(@Nullable BigDecimal share) {
        if (share == null) {
            throw new InvalidInputException("liabilityShare", "required: 0–1");
        }
        return share;
    }

    private List<io.shixiao.claims.domain.Cover> covers(Claim claim, DataScope scope) {
        return policies.byNumber(claim.report().policyNo(), scope)
                .map(PolicyForClaim::covers)
                .orElseThrow(() -> new InvalidInputException("policyNo", "the policy is no longer found"));
    }

    /** The most the policy pays for one event: its covers' sums insured together. */
    private Money sumInsured(Claim claim, DataScope scope) {
        return covers(claim, scope).stream()
                .map(io.shixiao.claims.domain.Cover::sumInsured)
                .reduce(Money.ZERO, Money::plus);
    }

    private static String account(StepCommand c) {
        String account = c.bankAccount() == null ? "" : c.bankAccount().replace(" ", "");
        if (!account.matches("\\d{12,30}")) {
            throw new InvalidInputException("bankAccount", "12–30 digits");
        }
        return account;
    }

    private PaymentInstruction instruction(StepCommand c, Claim claim, StepTiming timing) {
        String account = account(c);
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().compareTo(Money.LIMIT) >= 0) {
            throw new InvalidInputException("amount", "required, positive");
        }
        long earlier = claim.timeline().stream()
                .filter(e -> e.step() == ClaimStep.PAYMENT_INSTRUCTION)
                .count();
        return new PaymentInstruction(
                "PAY-" + claim.claimNo() + "-" + (earlier + 1),
                Money.yuan(c.amount()),
                encrypt(account),
                Masks.bankAccount(account),
                timing.occurredAt());
    }

    private Payment payment(StepCommand c, StepTiming timing) {
        String account = account(c);
        String reference = c.bankReference() == null ? "" : c.bankReference().strip();
        if (reference.isEmpty() || reference.length() > 64) {
            throw new InvalidInputException("bankReference", "the bank's reference, 1–64 characters");
        }
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().compareTo(Money.LIMIT) >= 0) {
            throw new InvalidInputException("amount", "required, positive");
        }
        return new Payment(
                Money.yuan(c.amount()), encrypt(account), Masks.bankAccount(account), reference, timing.occurredAt());
    }

    // Shared

    private String encrypt(String plain) {
        return Objects.requireNonNull(cipher.encrypt(plain));
    }

    private Optional<StoredClaim> load(String claimNo, DataScope scope) {
        if (claimNo == null || claimNo.length() > 32 || !scope.seesRecords()) {
            return Optional.empty();
        }
        return claims.find(claimNo, scope);
    }

    private static long keyOwner(ScopedUser user) {
        Long insurer = user.dataScope().insurerId();
        return insurer == null ? 0 : insurer;
    }

    private static void requireRole(ScopedUser user, ClaimStep step) {
        if (user.roles().stream().noneMatch(StepRoles.of(step)::contains)) {
            throw new AccessDeniedException("Your role does not take the step " + step);
        }
    }

    private static int matchingDigits(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String auditSummary(Claim claim, StepTiming timing, String note) {
        String summary = claim.status() + (note.isEmpty() ? "" : " " + note);
        if (timing.backDated()) {
            summary += "; 补录: occurred " + timing.occurredAt() + ", recorded " + timing.recordedAt() + ", reason: "
                    + timing.lateEntryReason();
        }
        return summary.length() > 900 ? summary.substring(0, 900) : summary;
    }

    private void publish(Claim claim, ClaimStep step, StepTiming timing) {
        switch (step) {
            case PAYMENT -> {
                Payment paid = java.util.Objects.requireNonNull(claim.payment());
                events.publishEvent(new ClaimPaid(
                        claim.claimNo(),
                        claim.insurerId(),
                        claim.orgUnitId(),
                        claim.report().policyNo(),
                        claim.report().reporterMobileMasked(),
                        CONTACT_REF + claim.claimNo(),
                        paid.amount(),
                        paid.paidAt()));
                messages.paid(claim, paid);
            }
            case SURVEY_REPORT, NO_SITE_SURVEY -> messages.accidentVerified(claim);
            case APPROVAL -> messages.decided(claim);
            case MISSING_DOCUMENTS_NOTICE ->
                messages.missingDocuments(
                        claim, claim.notices().get(claim.notices().size() - 1));
            case CLOSE ->
                events.publishEvent(new ClaimClosed(
                        claim.claimNo(),
                        claim.insurerId(),
                        claim.orgUnitId(),
                        ClaimClosed.Outcome.PAID,
                        claim.payable(),
                        timing.occurredAt()));
            case DENIAL_NOTICE -> {
                events.publishEvent(new ClaimClosed(
                        claim.claimNo(),
                        claim.insurerId(),
                        claim.orgUnitId(),
                        ClaimClosed.Outcome.DENIED,
                        Money.ZERO,
                        timing.occurredAt()));
                messages.denialNoticeSent(claim, java.util.Objects.requireNonNull(claim.denial()));
            }
            case WITHDRAWAL ->
                events.publishEvent(new ClaimClosed(
                        claim.claimNo(),
                        claim.insurerId(),
                        claim.orgUnitId(),
                        ClaimClosed.Outcome.WITHDRAWN,
                        Money.ZERO,
                        timing.occurredAt()));
            default -> {}
        }
    }
}
