package io.shixiao.policies.domain;

import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.PolicyStatus;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A policy (保单): who holds it and who is insured, the period, the vehicle or the insured property, the
 * covers and the premium. Issued in force; it may be delivered, its renewal reminded, endorsed and
 * surrendered, and it refuses each of these when its state does not allow it, naming that state.
 */
public final class Policy {

    /** A policy number is also the policy's case id on the service-level engine and a file name. */
    private static final Pattern POLICY_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final @Nullable Long id;
    private final long insurerId;
    private final long issuingUnitId;
    private final String policyNo;
    private final ProductLine productLine;
    private PolicyStatus status;
    private final PolicyPeriod period;
    private @Nullable Instant terminatedAt;
    private @Nullable SurrenderReason surrenderReason;
    private final Money premium;
    private @Nullable Money refund;
    private final Party holder;
    private final Party insured;
    private @Nullable MobileNumber insuredMobile;
    private @Nullable Vehicle vehicle;
    private @Nullable InsuredProperty property;
    private final List<Cover> covers;
    private final boolean deliveryRequired;
    private final Instant issuedAt;
    private final String issuedBy;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant renewalRemindedAt;
    private final long version;

    private Policy(Snapshot s) {
        this.id = s.id();
        this.insurerId = s.insurerId();
        this.issuingUnitId = s.issuingUnitId();
        this.policyNo = s.policyNo();
        this.productLine = s.productLine();
        this.status = s.status();
        this.period = s.period();
        this.terminatedAt = s.terminatedAt();
        this.surrenderReason = s.surrenderReason();
        this.premium = s.premium();
        this.refund = s.refund();
        this.holder = s.holder();
        this.insured = s.insured();
        this.insuredMobile = s.insuredMobile();
        this.vehicle = s.vehicle();
        this.property = s.property();
        this.covers =
                s.covers().stream().sorted(Comparator.comparing(Cover::kind)).toList();
        this.deliveryRequired = s.deliveryRequired();
        this.issuedAt = s.issuedAt();
        this.issuedBy = s.issuedBy();
        this.deliveredAt = s.deliveredAt();
        this.renewalRemindedAt = s.renewalRemindedAt();
        this.version = s.version();
    }

    /** Issues a new policy in force at {@code issuedAt}, checking every rule of its line. */
    public static Policy issue(IssuePolicy c, Instant issuedAt, Instant now) {
        if (issuedAt.isAfter(now)) {
            throw new InvalidInputException("issuedAt", "出单时间不能晚于当前时间");
        }
        if (c.policyNo() == null || !POLICY_NO.matcher(c.policyNo()).matches()) {
            throw new InvalidInputException("policyNo", "保单号为1–64位字母、数字、- 或 _，以字母或数字开头");
        }
        Objects.requireNonNull(c.productLine(), "productLine");
        if (c.productLine() == ProductLine.OTHER) {
            throw new InvalidInputException("productLine", "险类应为 MOTOR、PROPERTY 或 RURAL_HOUSING");
        }
        if (c.premium() == null || c.premium().isNegative()) {
            throw new InvalidInputException("premium", "保费不能为负");
        }
        requireCoversOfTheLine(c.productLine(), c.covers());
        if (c.productLine() == ProductLine.MOTOR) {
            if (c.vehicle() == null) {
                throw new InvalidInputException("vin", "机动车保单须有车架号");
            }
            if (c.property() != null) {
                throw new InvalidInputException("address", "机动车保单不载标的地址");
            }
        } else {
            if (c.property() == null) {
                throw new InvalidInputException("address", "财产和农房保单须有标的地址");
            }
            if (c.vehicle() != null) {
                throw new InvalidInputException("vin", "财产和农房保单不载车辆");
            }
        }
        return new Policy(new Snapshot(
                null,
                c.insurerId(),
                c.issuingUnitId(),
                c.policyNo(),
                c.productLine(),
                PolicyStatus.IN_FORCE,
                Objects.requireNonNull(c.period(), "period"),
                null,
                null,
                c.premium(),
                null,
                Objects.requireNonNull(c.holder(), "holder"),
                Objects.requireNonNull(c.insured(), "insured"),
                c.insuredMobile(),
                c.vehicle(),
                c.property(),
                c.covers(),
                c.deliveryRequired(),
                issuedAt,
                c.issuedBy(),
                null,
                null,
                0));
    }

    /** Restores a stored policy without re-checking the rules it passed when issued. */
    public static Policy restore(Snapshot snapshot) {
        return new Policy(snapshot);
    }

    private static void requireCoversOfTheLine(ProductLine line, List<Cover> covers) {
        if (covers == null || covers.isEmpty()) {
            throw new InvalidInputException("coverages", "保单至少承保一个险种");
        }
        Set<CoverageKind> seen = EnumSet.noneOf(CoverageKind.class);
        for (Cover cover : covers) {
            if (!everyCoverBelongsToThePolicysLine(line, cover)) {
                throw new InvalidInputException(
                        "coverages." + cover.kind().name(), "险种 " + cover.kind() + " 不属于 " + line + " 保单");
            }
            if (!seen.add(cover.kind())) {
                throw new InvalidInputException("coverages." + cover.kind().name(), "同一险种只能承保一次");
            }
        }
    }

    static boolean everyCoverBelongsToThePolicysLine(ProductLine line, Cover cover) {
        return cover.kind().productLine() == line;
    }

    /** 保单送达: the policy and its invoice reached the customer at {@code at}. */
    public void markDelivered(Instant at, Instant now) {
        requireInForce("delivery");
        if (deliveredAt != null) {
            throw new ConflictException("deliveredAt", "保单已于 " + deliveredAt + " 送达");
        }
        if (at.isBefore(issuedAt) || at.isAfter(now)) {
            throw new InvalidInputException("deliveredAt", "送达时间应在出单之后、当前时间之前");
        }
        deliveredAt = at;
    }

    /** 续保提醒: the customer was reminded at {@code at} to renew; only before the policy ends. */
    public void markRenewalReminded(Instant at, Instant now) {
        requireInForce("renewalReminder");
        if (renewalRemindedAt != null) {
            throw new ConflictException("renewalRemindedAt", "已于 " + renewalRemindedAt + " 提醒续保");
        }
        if (at.isAfter(now) || !at.isBefore(period.end()) || at.isBefore(issuedAt)) {
            throw new InvalidInputException("remindedAt", "续保提醒应在出单之后、保单到期之前，且不晚于当前时间");
        }
        renewalRemindedAt = at;
    }

    /**
     * 退保: ends cover at {@code at} and refunds the unearned premium ({@link UnearnedPremiumRefund}).
     * Refused once surrendered or expired; a policy carrying 交强险 ends only for one of the reasons of
     * 交强险条例第十六条. Nothing else refuses it — not an open endorsement, not a claim: 浙江规范第六章 2.4 (seed C21)
     * 「不得以任何形式违规剥夺客户的退保权利和未到期部分的保险费」.
     */
    public Money surrender(SurrenderReason reason, Instant at, Instant now) {
        requireInForce("surrender");
        Objects.requireNonNull(reason, "reason");
        if (at.isAfter(now)) {
            throw new InvalidInputException("effectiveAt", "退保生效时间不能晚于当前时间");
        }
        if (!at.isBefore(period.end())) {
            throw new ConflictException("effectiveAt", "保单已于 " + period.lastDay() + " 二十四时期满，无需退保");
        }
        if (!aCtplPolicyEndsOnlyForAStatutoryReason(reason)) {
            throw new InvalidInputException("reason", "交强险仅在车辆注销登记、办理停驶或经公安机关证实丢失时可以退保（交强险条例第十六条）");
        }
        Money refunded = UnearnedPremiumRefund.of(premium, period, at);
        status = PolicyStatus.SURRENDERED;
        terminatedAt = at.isBefore(period.start()) ? period.start() : at;
        surrenderReason = reason;
        refund = refunded;
        return refunded;
    }

    boolean aCtplPolicyEndsOnlyForAStatutoryReason(SurrenderReason reason) {
        return reason.endsCtpl() || covers.stream().noneMatch(c -> c.kind() == CoverageKind.CTPL);
    }

    /** Applies a completed endorsement's change; the endorsement has checked it fits this policy. */
    void apply(EndorsementKind kind, String value) {
        requireInForce("endorsement");
        switch (kind) {
            case PLATE -> vehicle = Objects.requireNonNull(vehicle).withPlate(PlateNumber.parse(value));
            case INSURED_MOBILE -> insuredMobile = new MobileNumber(value);
            case PROPERTY_ADDRESS -> property = Objects.requireNonNull(property).at(value);
        }
    }

    /** The value an endorsement of {@code kind} would replace, as shown on the endorsement. */
    @Nullable
    String currentValueOf(EndorsementKind kind) {
        return switch (kind) {
            case PLATE ->
                vehicle == null || vehicle.plate() == null
                        ? null
                        : vehicle.plate().value();
            case INSURED_MOBILE -> insuredMobile == null ? null : insuredMobile.masked();
            case PROPERTY_ADDRESS -> property == null ? null : property.address();
        };
    }

    void requireInForce(String action) {
        if (status != PolicyStatus.IN_FORCE) {
            throw new ConflictException("status", "保单状态为 " + status + "，不能办理 " + action);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                insurerId,
                issuingUnitId,
                policyNo,
                productLine,
                status,
                period,
                terminatedAt,
                surrenderReason,
                premium,
                refund,
                holder,
                insured,
                insuredMobile,
                vehicle,
                property,
                covers,
                deliveryRequired,
                issuedAt,
                issuedBy,
                deliveredAt,
                renewalRemindedAt,
                version);
    }

    public @Nullable Long id() {
        return id;
    }

    public long insurerId() {
        return insurerId;
    }

    public long issuingUnitId() {
        return issuingUnitId;
    }

    public String policyNo() {
        return policyNo;
    }

    public ProductLine productLine() {
        return productLine;
    }

    public PolicyStatus status() {
        return status;
    }

    public PolicyPeriod period() {
        return period;
    }

    public List<Cover> covers() {
        return covers;
    }

    public boolean deliveryRequired() {
        return deliveryRequired;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable Vehicle vehicle() {
        return vehicle;
    }

    public @Nullable InsuredProperty property() {
        return property;
    }

    public long version() {
        return version;
    }

    public Party holder() {
        return holder;
    }

    public Party insured() {
        return insured;
    }

    public @Nullable MobileNumber insuredMobile() {
        return insuredMobile;
    }

    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant renewalRemindedAt() {
        return renewalRemindedAt;
    }

    public @Nullable Instant terminatedAt() {
        return terminatedAt;
    }

    public @Nullable Money refund() {
        return refund;
    }

    public Money premium() {
        return premium;
    }

    /** The command that issues a policy. */
    public record IssuePolicy(
            long insurerId,
            long issuingUnitId,
            String policyNo,
            ProductLine productLine,
            PolicyPeriod period,
            Money premium,
            Party holder,
            Party insured,
            @Nullable MobileNumber insuredMobile,
            @Nullable Vehicle vehicle,
            @Nullable InsuredProperty property,
            List<Cover> covers,
            boolean deliveryRequired,
            String issuedBy) {}

    /** Everything a policy holds, for storage. */
    public record Snapshot(
            @Nullable Long id,
            long insurerId,
            long issuingUnitId,
            String policyNo,
            ProductLine productLine,
            PolicyStatus status,
            PolicyPeriod period,
            @Nullable Instant terminatedAt,
            @Nullable SurrenderReason surrenderReason,
            Money premium,
            @Nullable Money refund,
            Party holder,
            Party insured,
            @Nullable MobileNumber insuredMobile,
            @Nullable Vehicle vehicle,
            @Nullable InsuredProperty property,
            List<Cover> covers,
            boolean deliveryRequired,
            Instant issuedAt,
            String issuedBy,
            @Nullable Instant deliveredAt,
            @Nullable Instant renewalRemindedAt,
            long version) {

        public Snapshot {
            covers = List.copyOf(covers);
        }
    }
}
