package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.enrolment.domain.ClaimState;
import io.shixiao.enrolment.domain.HouseClaim;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.PublicNotice;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.ZoneKind;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.Zone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.message.HouseClaimPaid;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * House claims after a disaster: a village batch reported at once (the village liaison's list, from a
 * phone), each house through contact, arrival, assessment with photos, the village public notice where
 * the scheme requires it (objections recorded and answered before the window may close), the complete
 * file, approval and payment to the household's own account. Every step is reported to the
 * service-level engine as a milestone — the HZ-* clocks (arrival by zone, report response, review, pay)
 * and the law's run there; this class computes no deadline. A step recorded more than a few minutes
 * after it happened carries its reason, which the engine records with both times.
 */
@Service
public class HouseClaims {

    private static final String SELECT = """
            select c.*, h.head_name_masked, h.head_id_masked, e.sum_insured_fen
            from rural_house_claim c join rural_household h on h.id = c.household_id
              join rural_enrolment e on e.id = c.enrolment_id
            """;

    private final JdbcClient jdbc;
    private final Schemes schemes;
    private final Households households;
    private final ServiceClocks clocks;
    private final OrganizationDirectory organization;
    private final HouseClaimMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseClaims(
            JdbcClient jdbc,
            Schemes schemes,
            Households households,
            ServiceClocks clocks,
            OrganizationDirectory organization,
            HouseClaimMessages messages,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.households = households;
        this.clocks = clocks;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** When a step happened and, if it is recorded late (补录), why. */
    public record When(@Nullable Instant at, @Nullable String lateReason) {

        public static When now() {
            return new When(null, null);
        }
    }

    /**
     * Reports a village's damaged houses as one batch: every house must be enrolled in the scheme and lie
     * in that village. Returns the claims in the order given.
     */
    @Transactional
    public List<ClaimView> reportBatch(
            long schemeId,
            String villageCode,
            String peril,
            Instant occurredAt,
            List<Long> householdIds,
            When reported,
            ScopedUser user) {
        Scheme scheme = households.reporting(schemeId, villageCode, user);
        if (!schemes.villageCodes(scheme).contains(villageCode)) {
            throw new InvalidInputException("villageCode", "not a village of the scheme's county");
        }
        if (householdIds.isEmpty() || householdIds.size() > 5000) {
            throw new InvalidInputException("householdIds", "1–5000 damaged houses per village batch");
        }
        if (peril == null || peril.isBlank() || peril.length() > 32) {
            throw new InvalidInputException("peril", "required, at most 32 characters");
        }
        Instant at = instant(reported);
        if (occurredAt == null || occurredAt.isAfter(at)) {
            throw new InvalidInputException("occurredAt", "required, not after the report");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rural_claim_batch (scheme_id, village_code, peril, occurred_at, reported_at, reported_by)
                values (:s, :v, :peril, :occurred, :at, :by)""")
                .param("s", schemeId)
                .param("v", villageCode)
                .param("peril", peril.strip())
                .param("occurred", Timestamp.from(occurredAt))
                .param("at", Timestamp.from(at))
                .param("by", user.username())
                .update(keys, "id");
        long batchId = keys.getKeyAs(Long.class);
        Zone zone = zoneOf(scheme, villageCode);
        HouseClaimMessages.Sender sender = messages.senderOf(scheme);
        int withoutMobile = 0;
        List<ClaimView> claims = new ArrayList<>();
        for (Long householdId : householdIds) {
            Map<String, Object> policy =
                    jdbc.sql("""
                    select e.id, h.village_code from rural_enrolment e join rural_household h on h.id = e.household_id
                    where e.household_id = :h and e.scheme_id = :s and e.status = 'ENROLLED'""").param("h", householdId).param("s", schemeId).query().listOfRows().stream()
                            .findFirst()
                            .orElseThrow(() -> new InvalidInputException(
                                    "householdIds", "household " + householdId + " is not enrolled in the scheme"));
            if (!villageCode.equals(policy.get("village_code"))) {
                throw new InvalidInputException(
                        "householdIds", "household " + householdId + " lives in another village");
            }
            KeyHolder claimKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into rural_house_claim (claim_no, scheme_id, batch_id, household_id, enrolment_id, village_code,
                      zone, state, reported_at)
                    values ('P' || replace(gen_random_uuid()::text, '-', ''), :s, :b, :h, :e, :v, :zone, 'REPORTED', :at)""")
                    .param("s", schemeId)
                    .param("b", batchId)
                    .param("h", householdId)
                    .param("e", ((Number) policy.get("id")).longValue())
                    .param("v", villageCode)
                    .param("zone", zone.name())
                    .param("at", Timestamp.from(at))
                    .update(claimKey, "id");
            long id = claimKey.getKeyAs(Long.class);
            String claimNo = "HZC" + scheme.year() + String.format("%09d", id);
            jdbc.sql("update rural_house_claim set claim_no = :no where id = :id")
                    .param("no", claimNo)
                    .param("id", id)
                    .update();
            ClaimView claim = view(id);
            report(scheme, claim, Milestone.REPORT_REQUEST_RECEIVED, at, reported, null);
            report(scheme, claim, Milestone.CLAIM_REPORTED, at, reported, null);
            report(scheme, claim, Milestone.CLAIM_APPLICATION_RECEIVED, at, reported, null);
            if (!messages.reportAccepted(scheme, sender, claim)) {
                withoutMobile++;
            }
            claims.add(claim);
        }
        audit.recordWrite(
                "CREATE",
                "RuralClaimBatch",
                batchId,
                householdIds.size() + " damaged houses in " + villageCode + " (" + peril.strip() + "); "
                        + smsSummary("CLAIM_REPORT_ACK", householdIds.size(), withoutMobile));
        return claims;
    }

    /** 联系农户: the surveyor reached the household (ends the report-response limit). */
    @Transactional
    public ClaimView contact(long claimId, When when, ScopedUser user) {
        return step(claimId, when, user, Milestone.CUSTOMER_CONTACTED, (claim, c) -> claim.contact(), "contacted_at");
    }

    /** 到达现场: the surveyor checked in at the house (ends HZ-ARRIVE). */
    @Transactional
    public ClaimView arrive(long claimId, When when, ScopedUser user) {
        return step(claimId, when, user, Milestone.SURVEYOR_ARRIVED, (claim, c) -> claim.arrive(), "arrived_at");
    }

    /** 定损: the extent, the assessed repair cost in fen and the photos taken; the indemnity follows. */
    @Transactional
    public ClaimView assess(
            long claimId, LossExtent extent, long assessedLoss, int photos, When when, ScopedUser user) {
        if (extent == null) {
            throw new InvalidInputException("extent", "required");
        }
        if (photos > 200) {
            throw new InvalidInputException("photos", "at most 200 photos");
        }
        Scheme scheme = schemeOf(claimId, user);
        return step(
                claimId,
                when,
                user,
                Milestone.ASSESSMENT_SUBMITTED,
                (claim, c) -> {
                    claim.assess(extent, assessedLoss, scheme.rules().deductible(), photos);
                    jdbc.sql("""
                            update rural_house_claim set extent = :extent, assessed_loss_fen = :loss,
                              indemnity_fen = :indemnity, photos = :photos where id = :id""")
                            .param("extent", extent.name())
                            .param("loss", assessedLoss)
                            .param("indemnity", claim.indemnity())
                            .param("photos", photos)
                            .param("id", claimId)
                            .update();
                },
                "assessed_at");
    }

    /**
     * Publishes the village's notice of assessed losses (names and ID numbers masked, no address) for the
     * scheme's notice period; every assessed house of the village not yet on a notice goes on it.
     */
    @Transactional
    public long publishNotice(long schemeId, String villageCode, ScopedUser user) {
        Scheme scheme = households.workable(schemeId, user);
        if (!scheme.rules().requiresPublicNotice()) {
            throw new InvalidInputException("noticeDays", "本方案不要求公示");
        }
        List<ClaimView> assessed = jdbc.sql(SELECT
                        + " where c.scheme_id = :s and c.village_code = :v and c.state = 'ASSESSED' order by c.id")
                .param("s", schemeId)
                .param("v", villageCode)
                .query(HouseClaims::map)
                .list();
        if (assessed.isEmpty()) {
            throw new InvalidInputException("villageCode", "no assessed house of this village waits for a notice");
        }
        Instant now = clock.instant();
        PublicNotice notice = PublicNotice.open(now, scheme.rules().noticeDays(), ShanghaiTime.ZONE);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rural_public_notice (scheme_id, village_code, published_at, ends_at, published_by)
                values (:s, :v, :at, :ends, :by)""")
                .param("s", schemeId)
                .param("v", villageCode)
                .param("at", Timestamp.from(now))
                .param("ends", Timestamp.from(notice.endsAt()))
                .param("by", user.username())
                .update(keys, "id");
        long noticeId = keys.getKeyAs(Long.class);
        for (ClaimView claim : assessed) {
            HouseClaim house = domain(claim, scheme);
            DomainRules.enforce(house::putOnNotice);
            jdbc.sql(
                            "update rural_house_claim set state = :state, notice_id = :n, version = version + 1 where id = :id")
                    .param("state", house.state().name())
                    .param("n", noticeId)
                    .param("id", claim.id())
                    .update();
        }
        audit.recordWrite(
                "CREATE",
                "RuralPublicNotice",
                noticeId,
                assessed.size() + " houses of " + villageCode + " until " + notice.endsAt());
        return noticeId;
    }

    /** An objection to a house on the notice, received inside its window. */
    @Transactional
    public long object(long noticeId, long claimId, String objection, ScopedUser user) {
        NoticeView notice = notice(noticeId, user);
        households.workable(notice.schemeId(), user);
        if (objection == null || objection.isBlank() || objection.length() > 1000) {
            throw new InvalidInputException("objection", "required, at most 1000 characters");
        }
        Instant now = clock.instant();
        if (!notice.rule().openForObjectionsAt(now)) {
            throw new InvalidInputException("noticeId", "公示期已结束，不再受理异议");
        }
        ClaimView claim = view(claimId);
        if (claim.noticeId() == null || claim.noticeId() != noticeId) {
            throw new InvalidInputException("claimId", "the house is not on this notice");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rural_notice_objection (notice_id, claim_id, objection, received_at)
                values (:n, :c, :o, :at)""")
                .param("n", noticeId)
                .param("c", claimId)
                .param("o", objection.strip())
                .param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.recordWrite("CREATE", "RuralNoticeObjection", id, "objection to " + claim.claimNo());
        return id;
    }

    /** The answer to an objection; where it is upheld the house is assessed again while still on notice. */
    @Transactional
    public void answer(
            long objectionId, String answer, @Nullable LossExtent newExtent, @Nullable Long newLoss, ScopedUser user) {
        Map<String, Object> row = jdbc
                .sql("select notice_id, claim_id, answered_at from rural_notice_objection where id = :id")
                .param("id", objectionId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Objection", objectionId));
        NoticeView notice = notice(((Number) row.get("notice_id")).longValue(), user);
        Scheme scheme = households.workable(notice.schemeId(), user);
        if (row.get("answered_at") != null) {
            throw new ConflictException("objectionId", "answered already");
        }
        if (answer == null || answer.isBlank() || answer.length() > 1000) {
            throw new InvalidInputException("answer", "required, at most 1000 characters");
        }
        long claimId = ((Number) row.get("claim_id")).longValue();
        if (newExtent != null && newLoss != null) {
            ClaimView claim = view(claimId);
            HouseClaim house = domain(claim, scheme);
            DomainRules.enforce(
                    () -> house.reassess(newExtent, newLoss, scheme.rules().deductible()));
            jdbc.sql("""
                    update rural_house_claim set extent = :extent, assessed_loss_fen = :loss, indemnity_fen = :indemnity,
                      version = version + 1 where id = :id""")
                    .param("extent", newExtent.name())
                    .param("loss", newLoss)
                    .param("indemnity", house.indemnity())
                    .param("id", claimId)
                    .update();
        }
        jdbc.sql("""
                update rural_notice_objection set answer = :a, answered_at = :at, answered_by = :by where id = :id""")
                .param("a", answer.strip())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", user.username())
                .param("id", objectionId)
                .update();
        audit.recordWrite(
                "UPDATE", "RuralNoticeObjection", objectionId, "answered" + (newExtent == null ? "" : ", reassessed"));
    }

    /**
     * Closes a notice whose window is over with every objection answered: each house's file is complete
     * (单证齐全), which starts the scheme's review limit.
     */
    @Transactional
    public int closeNotice(long noticeId, ScopedUser user) {
        NoticeView notice = notice(noticeId, user);
        Scheme scheme = households.workable(notice.schemeId(), user);
        Instant now = clock.instant();
        if (!notice.rule().allowsPaymentAt(now)) {
            throw new InvalidInputException("noticeId", "公示期未满或仍有未答复的异议");
        }
        List<ClaimView> onNotice = jdbc.sql(SELECT + " where c.notice_id = :n and c.state = 'ON_NOTICE' order by c.id")
                .param("n", noticeId)
                .query(HouseClaims::map)
                .list();
        for (ClaimView claim : onNotice) {
            HouseClaim house = domain(claim, scheme);
            DomainRules.enforce(() -> house.completeFile(notice.rule(), now));
            save(claim, house, "documents_complete_at", now);
            report(scheme, claim, Milestone.DOCUMENTS_COMPLETE, now, When.now(), null);
        }
        jdbc.sql("update rural_public_notice set closed_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(now))
                .param("id", noticeId)
                .update();
        audit.recordWrite("UPDATE", "RuralPublicNotice", noticeId, "closed, " + onNotice.size() + " files complete");
        return onNotice.size();
    }

    /** 单证齐全 for a house of a scheme without public notice. */
    @Transactional
    public ClaimView completeFile(long claimId, When when, ScopedUser user) {
        return step(
                claimId,
                when,
                user,
                Milestone.DOCUMENTS_COMPLETE,
                (claim, c) -> claim.completeFile(null, c),
                "documents_complete_at");
    }

    /** 审核通过: the claim is decided covered, approved and the amount agreed (starts the pay limits). */
    @Transactional
    public ClaimView approve(long claimId, When when, ScopedUser user) {
        ClaimView approved =
                step(claimId, when, user, Milestone.CLAIM_DECIDED, (claim, c) -> claim.approve(), "approved_at");
        Scheme scheme = schemes.find(approved.schemeId()).orElseThrow();
        Instant at = approved.approvedAt();
        report(scheme, approved, Milestone.CLAIM_APPROVED, at, when, approved.indemnity());
        report(scheme, approved, Milestone.SETTLEMENT_AGREED, at, when, approved.indemnity());
        return approved;
    }

    /** 支付赔款: paid by bank transfer to the household's own designated account (R15). */
    @Transactional
    public ClaimView pay(long claimId, When when, ScopedUser user) {
        ClaimView paid = step(claimId, when, user, Milestone.PAYMENT_MADE, (claim, c) -> claim.pay(true), "paid_at");
        Scheme scheme = schemes.find(paid.schemeId()).orElseThrow();
        boolean sent = messages.paid(scheme, paid);
        audit.recordWrite(
                "NOTIFY", "RuralHouseClaim", claimId, paid.claimNo() + " " + smsSummary("CLAIM_PAID", 1, sent ? 0 : 1));
        events.publishEvent(paidEvent(scheme, paid));
        return paid;
    }

    /**
     * 004 理赔支付 → 客户回访: the callback module calls the household back after payment. The phone goes as
     * stored (encrypted) and masked — a landline will do for a call, unlike the SMS.
     */
    private HouseClaimPaid paidEvent(Scheme scheme, ClaimView paid) {
        record Phone(@Nullable String cipher, @Nullable String masked) {}
        Phone phone = jdbc.sql("select phone, phone_masked from rural_household where id = :id")
                .param("id", paid.householdId())
                .query((rs, n) -> new Phone(rs.getString("phone"), rs.getString("phone_masked")))
                .single();
        long indemnity = paid.indemnity() == null ? 0 : paid.indemnity();
        return new HouseClaimPaid(
                paid.claimNo(),
                scheme.insurerId(),
                scheme.orgUnitId(),
                scheme.orgPath(),
                phone.cipher(),
                phone.masked(),
                Money.yuan(BigDecimal.valueOf(indemnity, 2)),
                Objects.requireNonNull(paid.paidAt(), "paid"));
    }

    /** What the audit trail says about a step's SMS: how many were requested, how many households had no mobile. */
    private static String smsSummary(String template, int houses, int withoutMobile) {
        return "SMS " + template + " requested for " + (houses - withoutMobile)
                + (withoutMobile == 0 ? "" : ", none for " + withoutMobile + " without a valid mobile");
    }

    /** The clocks of a claim, from the engine. */
    public CaseDeadlines deadlines(long claimId, ScopedUser user) {
        ClaimView claim = visible(claimId, user);
        Scheme scheme = schemes.find(claim.schemeId()).orElseThrow();
        return clocks.deadlinesOf(caseRef(scheme, claim));
    }

    public ClaimView visible(long claimId, ScopedUser user) {
        ClaimView claim = find(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        try {
            schemes.visible(claim.schemeId(), user.dataScope());
        } catch (NotFoundException e) {
            throw new NotFoundException("Claim", claimId);
        }
        return claim;
    }

    /** The claims of a scheme (optionally one village), latest first, for a reader who sees it. */
    public List<ClaimView> ofScheme(long schemeId, @Nullable String villageCode, ScopedUser user, int limit) {
        schemes.visible(schemeId, user.dataScope());
        return jdbc.sql(SELECT + " where c.scheme_id = :s and (cast(:v as varchar) is null or c.village_code = :v)"
                        + " order by c.id desc limit :limit")
                .param("s", schemeId)
                .param("v", villageCode)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(HouseClaims::map)
                .list();
    }

    /** The houses of a notice as the village sees them: masked names and ID numbers, no address. */
    public List<ClaimView> onNotice(long noticeId, ScopedUser user) {
        notice(noticeId, user);
        return jdbc.sql(SELECT + " where c.notice_id = :n order by c.id")
                .param("n", noticeId)
                .query(HouseClaims::map)
                .list();
    }

    /** A notice with its window and its unanswered objections. */
    public record NoticeView(
            long id,
            long schemeId,
            String villageCode,
            PublicNotice rule,
            @Nullable Instant closedAt) {}

    public NoticeView notice(long noticeId, ScopedUser user) {
        NoticeView notice = jdbc.sql("""
                select n.*, (select count(*) from rural_notice_objection o where o.notice_id = n.id and o.answered_at is null)
                  as open_objections from rural_public_notice n where n.id = :id""")
                .param("id", noticeId)
                .query((rs, i) -> new NoticeView(
                        rs.getLong("id"),
                        rs.getLong("scheme_id"),
                        rs.getString("village_code"),
                        new PublicNotice(
                                rs.getTimestamp("published_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(),
                                rs.getInt("open_objections")),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("Notice", noticeId));
        try {
            schemes.visible(notice.schemeId(), user.dataScope());
        } catch (NotFoundException e) {
            throw new NotFoundException("Notice", noticeId);
        }
        return notice;
    }

    /** An objection to a house on its village notice, and its answer once given. */
    public record ObjectionView(
            long id,
            String objection,
            Instant receivedAt,
            @Nullable String answer,
            @Nullable Instant answeredAt) {}

    /** The objections to one house claim, oldest first. */
    public List<ObjectionView> objections(long claimId, ScopedUser user) {
        visible(claimId, user);
        return jdbc.sql("""
                        select id, objection, received_at, answer, answered_at from rural_notice_objection
                        where claim_id = :c order by id""")
                .param("c", claimId)
                .query((rs, i) -> new ObjectionView(
                        rs.getLong("id"),
                        rs.getString("objection"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("answer"),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    /** The case the engine knows the claim by. */
    static CaseRef caseRef(Scheme scheme, ClaimView claim) {
        return CaseRef.of(CaseType.CLAIM, scheme.insurerId(), claim.claimNo());
    }

    private interface Transition {
        void apply(HouseClaim claim, Instant at);
    }

    private ClaimView step(
            long claimId, When when, ScopedUser user, Milestone milestone, Transition transition, String timeColumn) {
        ClaimView claim = visible(claimId, user);
        Scheme scheme = households.workable(claim.schemeId(), user);
        Instant at = instant(when);
        if (at.isBefore(claim.reportedAt())) {
            throw new InvalidInputException("at", "not before the report");
        }
        HouseClaim house = domain(claim, scheme);
        DomainRules.enforce(() -> transition.apply(house, at));
        save(claim, house, timeColumn, at);
        ClaimView after = view(claimId);
        report(scheme, after, milestone, at, when, after.indemnity());
        audit.recordWrite(
                "UPDATE", "RuralHouseClaim", claimId, claim.claimNo() + " " + claim.state() + " → " + house.state());
        return after;
    }

    private void save(ClaimView claim, HouseClaim house, String timeColumn, Instant at) {
        int changed = jdbc.sql("update rural_house_claim set state = :state, " + timeColumn
                        + " = :at, version = version + 1 where id = :id and version = :version")
                .param("state", house.state().name())
                .param("at", Timestamp.from(at))
                .param("id", claim.id())
                .param("version", claim.version())
                .update();
        if (changed == 0) {
            throw new ConflictException("version", "the claim changed since it was read");
        }
    }

    private void report(
            Scheme scheme, ClaimView claim, Milestone milestone, Instant at, When when, @Nullable Long amount) {
        CaseFacts facts = CaseFacts.of(ProductLine.RURAL_HOUSING)
                .withSite(DivisionCode.of(claim.villageCode()))
                .withZone(Zone.valueOf(claim.zone()))
                .withChannel(Channel.HOTLINE)
                .withInjuries(false);
        if (amount != null) {
            facts = facts.withAmount(Money.yuan(BigDecimal.valueOf(amount, 2)));
        }
        ReportMilestone command = ReportMilestone.of(
                caseRef(scheme, claim),
                milestone,
                at,
                CaseOwner.unit(scheme.orgUnitId()).inScheme(scheme.id()),
                facts);
        clocks.report(command.lateBecause(when.lateReason()));
    }

    private Instant instant(When when) {
        Instant now = clock.instant();
        if (when == null || when.at() == null) {
            return now;
        }
        if (when.at().isAfter(now.plus(Duration.ofMinutes(1)))) {
            throw new InvalidInputException("at", "must not lie in the future");
        }
        return when.at();
    }

    private Zone zoneOf(Scheme scheme, String villageCode) {
        Optional<ZoneKind> kind = organization.zoneKindFor(scheme.insurerId(), villageCode);
        return kind.filter(k -> k == ZoneKind.COUNTY_TOWN).isPresent() ? Zone.COUNTY_TOWN : Zone.ELSEWHERE_IN_COUNTY;
    }

    private Scheme schemeOf(long claimId, ScopedUser user) {
        return households.workable(visible(claimId, user).schemeId(), user);
    }

    private static HouseClaim domain(ClaimView claim, Scheme scheme) {
        HouseClaim house = new HouseClaim(
                ClaimState.valueOf(claim.state()),
                claim.sumInsured(),
                scheme.rules().requiresPublicNotice());
        if (claim.extent() != null && claim.assessedLoss() != null) {
            house.restoreAssessment(
                    LossExtent.valueOf(claim.extent()), claim.assessedLoss(), claim.indemnity(), claim.photos());
        }
        return house;
    }

    Optional<ClaimView> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(HouseClaims::map)
                .optional();
    }

    private ClaimView view(long id) {
        return find(id).orElseThrow();
    }

    static ClaimView map(ResultSet rs, int row) throws SQLException {
        return new ClaimView(
                rs.getLong("id"),
                rs.getString("claim_no"),
                rs.getLong("scheme_id"),
                rs.getLong("batch_id"),
                rs.getLong("household_id"),
                rs.getString("village_code"),
                rs.getString("zone"),
                rs.getString("state"),
                rs.getString("head_name_masked"),
                rs.getString("head_id_masked"),
                rs.getLong("sum_insured_fen"),
                rs.getTimestamp("reported_at").toInstant(),
                instant(rs, "arrived_at"),
                rs.getString("extent"),
                (Long) rs.getObject("assessed_loss_fen"),
                (Long) rs.getObject("indemnity_fen"),
                rs.getInt("photos"),
                (Long) rs.getObject("notice_id"),
                instant(rs, "approved_at"),
                instant(rs, "paid_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
