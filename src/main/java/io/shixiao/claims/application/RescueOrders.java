package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rescue (救援) for a vehicle that cannot be moved, ordered for the customer (浙江规范第七章 2.3.7, seed C07: 「在征得客户同意的
 * 情况下,可联系相关单位提供救援服务,如需客户支付救援服务费用的须事先向客户说明。」). The fee the customer would pay is recorded as
 * told, with the time; the order needs the customer's consent and, where the customer pays, a disclosure recorded
 * before it. Once ordered, the fee told can no longer be changed.
 */
@Service
public class RescueOrders {

    /** The rescue as recorded. */
    public record Rescue(
            String provider,
            @Nullable BigDecimal fee,
            @Nullable Instant feeDisclosedAt,
            @Nullable String feeDisclosedBy,
            @Nullable Boolean customerPays,
            @Nullable Instant orderedAt,
            @Nullable String orderedBy) {}

    /** While the vehicle may still be at the scene. */
    private static final Set<ClaimStatus> AT_THE_SCENE =
            EnumSet.of(ClaimStatus.REPORTED, ClaimStatus.DISPATCHED, ClaimStatus.ON_SITE);

    private static final int PROVIDER_LIMIT = 100;

    private final JdbcClient jdbc;
    private final ClaimRepository claims;
    private final AuditTrail audit;
    private final Clock clock;

    RescueOrders(JdbcClient jdbc, ClaimRepository claims, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** The claim's rescue, if any was discussed. */
    public Optional<Rescue> of(String claimNo, DataScope scope) {
        return of(load(claimNo, scope).id());
    }

    /** Records the fee the customer was told the rescue would cost them (0 when it costs them nothing), now. */
    @Transactional
    public Rescue discloseFee(String claimNo, ScopedUser user, @Nullable String provider, @Nullable BigDecimal fee) {
        StoredClaim stored = atTheScene(claimNo, user.dataScope());
        String name = provider(provider);
        if (fee == null) {
            throw new InvalidInputException("fee", "required: the fee the customer pays, 0 for none");
        }
        Money amount;
        try {
            amount = Money.yuan(fee);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("fee", e.getMessage());
        }
        if (amount.isNegative()) {
            throw new InvalidInputException("fee", "not negative");
        }
        Optional<Rescue> existing = of(stored.id());
        if (existing.isPresent() && existing.get().orderedAt() != null) {
            throw new ConflictException(
                    "fee",
                    "the rescue was ordered at " + existing.get().orderedAt()
                            + "; the fee told before it stays as recorded");
        }
        jdbc.sql("""
                        insert into claim_rescue (claim_id, provider, fee, fee_disclosed_at, fee_disclosed_by)
                        values (:claim, :provider, :fee, :now, :by)
                        on conflict (claim_id) do update
                          set provider = excluded.provider, fee = excluded.fee,
                              fee_disclosed_at = excluded.fee_disclosed_at, fee_disclosed_by = excluded.fee_disclosed_by""")
                .param("claim", stored.id())
                .param("provider", name)
                .param("fee", amount.amount())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", user.username())
                .update();
        audit.recordWrite(
                "RESCUE_FEE_DISCLOSED",
                "claim",
                claimNo,
                "已事先告知客户救援费用（浙江规范第七章 2.3.7）：" + name + " " + amount.display());
        return of(stored.id()).orElseThrow();
    }

    /**
     * Orders the rescue: only with the customer's consent, and where the customer pays only after the fee was told
     * (a disclosure recorded earlier, of more than zero).
     */
    @Transactional
    public Rescue order(
            String claimNo,
            ScopedUser user,
            @Nullable String provider,
            @Nullable Boolean customerConsented,
            @Nullable Boolean customerPays) {
        StoredClaim stored = atTheScene(claimNo, user.dataScope());
        if (!Boolean.TRUE.equals(customerConsented)) {
            throw new InvalidInputException("customerConsented", "救援须征得客户同意（浙江规范第七章 2.3.7）");
        }
        if (customerPays == null) {
            throw new InvalidInputException("customerPays", "required: whether the customer pays for the rescue");
        }
        Optional<Rescue> existing = of(stored.id());
        if (existing.isPresent() && existing.get().orderedAt() != null) {
            throw new ConflictException(
                    "rescue", "already ordered at " + existing.get().orderedAt());
        }
        if (customerPays) {
            Rescue told = existing.filter(r -> r.feeDisclosedAt() != null)
                    .orElseThrow(
                            () -> new ConflictException("customerPays", "客户支付的救援费用须事先向客户说明：请先记录告知的费用（浙江规范第七章 2.3.7）"));
            if (told.fee() == null || told.fee().signum() == 0) {
                throw new ConflictException("customerPays", "the customer was told the rescue costs them nothing");
            }
        }
        String name = provider == null || provider.isBlank()
                ? existing.map(Rescue::provider).orElseThrow(() -> new InvalidInputException("provider", "required"))
                : provider(provider);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into claim_rescue (claim_id, provider, customer_pays, ordered_at, ordered_by)
                        values (:claim, :provider, :pays, :now, :by)
                        on conflict (claim_id) do update
                          set provider = excluded.provider, customer_pays = excluded.customer_pays,
                              ordered_at = excluded.ordered_at, ordered_by = excluded.ordered_by""")
                .param("claim", stored.id())
                .param("provider", name)
                .param("pays", customerPays)
                .param("now", now)
                .param("by", user.username())
                .update();
        audit.recordWrite(
                "RESCUE_ORDERED", "claim", claimNo, "经客户同意联系救援：" + name + (customerPays ? "，客户支付已告知的费用" : "，客户不支付费用"));
        return of(stored.id()).orElseThrow();
    }

    private Optional<Rescue> of(long claimId) {
        return jdbc.sql("select * from claim_rescue where claim_id = :claim")
                .param("claim", claimId)
                .query((rs, n) -> {
                    Timestamp disclosed = rs.getTimestamp("fee_disclosed_at");
                    Timestamp ordered = rs.getTimestamp("ordered_at");
                    return new Rescue(
                            rs.getString("provider"),
                            rs.getBigDecimal("fee"),
                            disclosed == null ? null : disclosed.toInstant(),
                            rs.getString("fee_disclosed_by"),
                            rs.getObject("customer_pays", Boolean.class),
                            ordered == null ? null : ordered.toInstant(),
                            rs.getString("ordered_by"));
                })
                .optional();
    }

    private StoredClaim load(String claimNo, DataScope scope) {
        return claims.find(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
    }

    private StoredClaim atTheScene(String claimNo, DataScope scope) {
        StoredClaim stored = load(claimNo, scope);
        ClaimStatus status = stored.claim().status();
        if (!AT_THE_SCENE.contains(status)) {
            throw new ConflictException("status", "the claim is " + status + "; a rescue is ordered from the scene");
        }
        return stored;
    }

    private static String provider(@Nullable String provider) {
        if (provider == null || provider.isBlank()) {
            throw new InvalidInputException("provider", "required: who provides the rescue");
        }
        if (provider.strip().length() > PROVIDER_LIMIT) {
            throw new InvalidInputException("provider", "at most " + PROVIDER_LIMIT + " characters");
        }
        return provider.strip();
    }
}
