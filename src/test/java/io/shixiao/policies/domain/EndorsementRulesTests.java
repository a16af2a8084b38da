package io.shixiao.policies.domain;

import static io.shixiao.policies.PolicyFixtures.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.policies.PolicyFixtures;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndorsementRulesTests {

    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    private static Policy storedMotorPolicy() {
        Policy fresh = Policy.issue(PolicyFixtures.motor(1, 1, "AL-M-1", null), ISSUED, ISSUED);
        Policy.Snapshot s = fresh.snapshot();
        return Policy.restore(new Policy.Snapshot(
                7L,
                s.insurerId(),
                s.issuingUnitId(),
                s.policyNo(),
                s.productLine(),
                s.status(),
                s.period(),
                s.terminatedAt(),
                s.surrenderReason(),
                s.premium(),
                s.refund(),
                s.holder(),
                s.insured(),
                s.insuredMobile(),
                s.vehicle(),
                s.property(),
                s.covers(),
                s.deliveryRequired(),
                s.issuedAt(),
                s.issuedBy(),
                s.deliveredAt(),
                s.renewalRemindedAt(),
                s.version()));
    }

    @Test
    void theWholeListOfMaterialsIsToldAtOnceAndTheChangeWaitsForAllOfThem() {
        Policy policy = storedMotorPolicy();
        Endorsement plate = Endorsement.request(policy, EndorsementKind.PLATE, "浙a·d12345", 1, NOW, "agent");
        assertThat(plate.endorsementNo()).isEqualTo("AL-M-1-E01");
        assertThat(plate.snapshot().materials()).containsExactly("批改申请书（被保险人签章）", "机动车行驶证", "被保险人身份证明");
        plate.receive(Set.of("批改申请书（被保险人签章）"));
        assertThatThrownBy(() -> plate.complete(policy, NOW, "agent"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("机动车行驶证");
        plate.receive(Set.of("机动车行驶证", "被保险人身份证明"));
        plate.complete(policy, NOW, "agent");
        assertThat(plate.status()).isEqualTo(EndorsementStatus.COMPLETED);
        assertThat(policy.vehicle().plate().value()).isEqualTo("浙AD12345");
    }

    @Test
    void theListIsToldAgainOnlyWithAReason() {
        Endorsement e =
                Endorsement.request(storedMotorPolicy(), EndorsementKind.INSURED_MOBILE, "13900001111", 2, NOW, "a");
        assertThatThrownBy(() -> e.explainAgain(" ")).isInstanceOf(InvalidInputException.class);
        e.explainAgain("申请人改为变更投保人电话");
        assertThat(e.explanations()).isEqualTo(2);
    }

    @Test
    void anItemNotOnTheListIsRefused() {
        Endorsement e =
                Endorsement.request(storedMotorPolicy(), EndorsementKind.INSURED_MOBILE, "13900001111", 1, NOW, "a");
        assertThatThrownBy(() -> e.receive(Set.of("户口本"))).hasMessageContaining("不在已告知的材料清单中");
    }

    @Test
    void aClosedEndorsementRefusesFurtherStepsNamingItsState() {
        Endorsement e =
                Endorsement.request(storedMotorPolicy(), EndorsementKind.INSURED_MOBILE, "13900001111", 1, NOW, "a");
        e.withdraw("客户不再变更", NOW, "a");
        assertThatThrownBy(() -> e.receive(Set.of("被保险人身份证明")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("WITHDRAWN");
    }

    @Test
    void anAddressChangeDoesNotFitAMotorPolicyNorABadPlateAPlateChange() {
        Policy policy = storedMotorPolicy();
        assertThatThrownBy(() -> Endorsement.request(policy, EndorsementKind.PROPERTY_ADDRESS, "x", 1, NOW, "a"))
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> Endorsement.request(policy, EndorsementKind.PLATE, "浙I12345", 1, NOW, "a"))
                .hasMessageContaining("号牌格式不正确");
    }

    @Test
    void aSurrenderedPolicyTakesNoEndorsement() {
        Policy policy = storedMotorPolicy();
        policy.surrender(SurrenderReason.VEHICLE_LOST, NOW, NOW);
        assertThatThrownBy(
                        () -> Endorsement.request(policy, EndorsementKind.INSURED_MOBILE, "13900001111", 1, NOW, "a"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("SURRENDERED");
    }
}
