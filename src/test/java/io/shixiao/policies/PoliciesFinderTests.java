package io.shixiao.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.policies.domain.Policy;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.security.DataScope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The facade claims use: found by number, plate and ID number, only within the caller's scope. */
@SpringBootTest
class PoliciesFinderTests {

    @Autowired
    Policies policies;

    @Autowired
    PolicyRepository repository;

    @Autowired
    OrganizationDirectory organization;

    private DataScope scopeOf(OrgUnitView unit) {
        return DataScope.subtree(unit.insurerId(), unit.id(), unit.path());
    }

    @Test
    void aPolicyIsFoundByNumberPlateAndInsuredIdWithinItsInsurerOnly() {
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        OrgUnitView anlan = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        repository.insertAll(List.of(Policy.issue(
                PolicyFixtures.motor(xihu.insurerId(), xihu.id(), "FINDER-TEST-1", "浙AF98765"),
                PolicyFixtures.ISSUED,
                PolicyFixtures.ISSUED)));

        PolicySummary found = policies.byNumber("FINDER-TEST-1", scopeOf(anlan)).orElseThrow();
        assertThat(found.insurerId()).isEqualTo(xihu.insurerId());
        assertThat(found.issuingUnitId()).isEqualTo(xihu.id());
        assertThat(found.insuredNameMasked()).isEqualTo("张*");
        assertThat(found.insuredIdMasked()).isEqualTo("110105********002X");
        assertThat(found.plate()).isEqualTo(new PlateNumber("浙AF98765"));
        assertThat(found.coverages())
                .extracting(Coverage::kind)
                .containsExactly(CoverageKind.CTPL, CoverageKind.THIRD_PARTY_LIABILITY, CoverageKind.VEHICLE_DAMAGE);
        Coverage ctpl = found.coverage(CoverageKind.CTPL).orElseThrow();
        assertThat(ctpl.limitOf(LimitItem.DEATH_AND_DISABILITY).orElseThrow().whenLiable())
                .isEqualTo(Money.yuan(180_000));
        assertThat(ctpl.limitOf(LimitItem.MEDICAL_EXPENSES).orElseThrow().whenNotLiable())
                .isEqualTo(Money.yuan(1_800));
        assertThat(ctpl.limitOf(LimitItem.PROPERTY_DAMAGE).orElseThrow().limit(false))
                .isEqualTo(Money.yuan(100));
        assertThat(found.coverage(CoverageKind.VEHICLE_DAMAGE).orElseThrow().deductible())
                .isEqualTo(Money.yuan(500));
        assertThat(found.covers(Instant.parse("2026-03-01T00:00:00Z"))).isTrue();
        assertThat(found.covers(found.periodEnd())).isFalse();

        assertThat(policies.byPlate(new PlateNumber("浙AF98765"), scopeOf(anlan)))
                .extracting(PolicySummary::policyNo)
                .contains("FINDER-TEST-1");
        assertThat(policies.byInsuredId(PolicyFixtures.ZHANG_SAN, scopeOf(xihu)))
                .extracting(PolicySummary::policyNo)
                .contains("FINDER-TEST-1");
        assertThat(policies.byId(found.id(), DataScope.platform())).contains(found);

        assertThat(policies.byNumber("FINDER-TEST-1", scopeOf(hengtai))).isEmpty();
        assertThat(policies.byPlate(new PlateNumber("浙AF98765"), scopeOf(hengtai)))
                .isEmpty();
        assertThat(policies.byInsuredId(PolicyFixtures.ZHANG_SAN, scopeOf(hengtai)))
                .extracting(PolicySummary::policyNo)
                .doesNotContain("FINDER-TEST-1");
        assertThat(policies.byId(found.id(), scopeOf(hengtai))).isEmpty();
        assertThat(policies.byNumber("FINDER-TEST-1", DataScope.association(1))).isEmpty();
    }
}
