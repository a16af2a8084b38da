package io.shixiao.policies.application;

import io.shixiao.policies.PolicySummary;
import io.shixiao.policies.domain.Endorsement;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A policy as its detail page and API show it: personal data masked, with endorsements and clocks. */
public record PolicyDetail(
        PolicySummary summary,
        LocalDate firstDay,
        LocalDate lastDay,
        Money premium,
        @Nullable Money refund,
        @Nullable String surrenderReason,
        String holderNameMasked,
        String holderIdMasked,
        @Nullable String insuredMobileMasked,
        @Nullable String vehicleModel,
        boolean deliveryRequired,
        Instant issuedAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant renewalRemindedAt,
        long version,
        List<Endorsement.Snapshot> endorsements,
        List<ClockView> clocks) {}
