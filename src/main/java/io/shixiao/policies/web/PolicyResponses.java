package io.shixiao.policies.web;

import io.shixiao.policies.Coverage;
import io.shixiao.policies.ItemLimit;
import io.shixiao.policies.PolicySummary;
import io.shixiao.policies.application.PolicyDetail;
import io.shixiao.policies.domain.Endorsement;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON the policy API answers with; amounts in yuan, personal data masked. */
final class PolicyResponses {

    private PolicyResponses() {}

    record LimitResponse(String item, BigDecimal whenLiable, BigDecimal whenNotLiable) {
        static LimitResponse of(ItemLimit l) {
            return new LimitResponse(
                    l.item().name(), l.whenLiable().amount(), l.whenNotLiable().amount());
        }
    }

    record CoverageResponse(String kind, BigDecimal sumInsured, BigDecimal deductible, List<LimitResponse> itemLimits) {
        static CoverageResponse of(Coverage c) {
            return new CoverageResponse(
                    c.kind().name(),
                    c.sumInsured().amount(),
                    c.deductible().amount(),
                    c.itemLimits().stream().map(LimitResponse::of).toList());
        }
    }

    record PolicyResponse(
            long id,
            String policyNo,
            long insurerId,
            long issuingUnitId,
            String productLine,
            String status,
            Instant periodStart,
            Instant periodEnd,
            @Nullable Instant terminatedAt,
            String insuredName,
            String insuredIdNumber,
            @Nullable String plate,
            @Nullable String vin,
            @Nullable String address,
            @Nullable String divisionCode,
            List<CoverageResponse> coverages) {

        static PolicyResponse of(PolicySummary s) {
            return new PolicyResponse(
                    s.id(),
                    s.policyNo(),
                    s.insurerId(),
                    s.issuingUnitId(),
                    s.productLine().name(),
                    s.status().name(),
                    s.periodStart(),
                    s.periodEnd(),
                    s.terminatedAt(),
                    s.insuredNameMasked(),
                    s.insuredIdMasked(),
                    s.plate() == null ? null : s.plate().value(),
                    s.vin(),
                    s.address(),
                    s.division() == null ? null : s.division().value(),
                    s.coverages().stream().map(CoverageResponse::of).toList());
        }
    }

    record ClockResponse(String standardCode, String title, String state, Instant startedAt, Instant deadline) {
        static ClockResponse of(ClockView c) {
            return new ClockResponse(c.standardCode(), c.title(), c.state().name(), c.startedAt(), c.deadline());
        }
    }

    record EndorsementResponse(
            String endorsementNo,
            String kind,
            String status,
            String requestedValue,
            @Nullable String previousValue,
            List<String> materials,
            Set<String> materialsReceived,
            int explanations,
            Instant requestedAt,
            @Nullable Instant closedAt,
            long version) {
        static EndorsementResponse of(Endorsement.Snapshot e) {
            return new EndorsementResponse(
                    e.endorsementNo(),
                    e.kind().name(),
                    e.status().name(),
                    e.requestedValue(),
                    e.previousValue(),
                    e.materials(),
                    e.received(),
                    e.explanations(),
                    e.requestedAt(),
                    e.closedAt(),
                    e.version());
        }
    }

    record PolicyDetailResponse(
            PolicyResponse policy,
            LocalDate firstDay,
            LocalDate lastDay,
            BigDecimal premium,
            @Nullable BigDecimal refund,
            @Nullable String surrenderReason,
            String holderName,
            String holderIdNumber,
            @Nullable String insuredMobile,
            boolean deliveryRequired,
            Instant issuedAt,
            @Nullable Instant deliveredAt,
            @Nullable Instant renewalRemindedAt,
            long version,
            List<EndorsementResponse> endorsements,
            List<ClockResponse> clocks) {

        static PolicyDetailResponse of(PolicyDetail d) {
            return new PolicyDetailResponse(
                    PolicyResponse.of(d.summary()),
                    d.firstDay(),
                    d.lastDay(),
                    d.premium().amount(),
                    amount(d.refund()),
                    d.surrenderReason(),
                    d.holderNameMasked(),
                    d.holderIdMasked(),
                    d.insuredMobileMasked(),
                    d.deliveryRequired(),
                    d.issuedAt(),
                    d.deliveredAt(),
                    d.renewalRemindedAt(),
                    d.version(),
                    d.endorsements().stream().map(EndorsementResponse::of).toList(),
                    d.clocks().stream().map(ClockResponse::of).toList());
        }
    }

    static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }
}
