package io.shixiao.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrgUnitTests {

    private static OrgUnit headOffice() {
        OrgUnit hq = OrgUnit.headOffice(1, "ANLAN-HQ", "安澜财险总公司", DivisionCode.of("3301"));
        hq.assignId(1);
        return hq;
    }

    private static OrgUnit child(OrgUnit parent, OrgUnitLevel level, long id) {
        OrgUnit unit = OrgUnit.under(parent, level, "C" + id, "unit " + id, DivisionCode.of("33"));
        unit.assignId(id);
        return unit;
    }

    @Test
    void aChildsPathIsItsParentsPathFollowedByItsId() {
        OrgUnit hq = headOffice();
        OrgUnit branch = child(hq, OrgUnitLevel.BRANCH, 4);
        OrgUnit central = child(branch, OrgUnitLevel.CENTRAL_SUB_BRANCH, 9);
        assertThat(hq.path()).isEqualTo("/1/");
        assertThat(central.path()).isEqualTo("/1/4/9/");
        assertThat(branch.contains(central.path())).isTrue();
        assertThat(central.contains(branch.path())).isFalse();
    }

    @Test
    void aChildsLevelMayJumpLevelsButMustBeBelowItsParent() {
        OrgUnit hq = headOffice();
        OrgUnit branch = child(hq, OrgUnitLevel.BRANCH, 2);
        assertThat(child(branch, OrgUnitLevel.SUB_BRANCH, 3).level()).isEqualTo(OrgUnitLevel.SUB_BRANCH);
        OrgUnit sub = child(branch, OrgUnitLevel.SUB_BRANCH, 5);
        assertThatThrownBy(() -> OrgUnit.under(sub, OrgUnitLevel.CENTRAL_SUB_BRANCH, "X", "x", DivisionCode.of("33")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> OrgUnit.under(sub, OrgUnitLevel.SUB_BRANCH, "X", "x", DivisionCode.of("33")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBusinessDepartmentCannotContainAMarketingServiceDepartment() {
        OrgUnit department = child(child(headOffice(), OrgUnitLevel.BRANCH, 2), OrgUnitLevel.BUSINESS_DEPARTMENT, 3);
        assertThatThrownBy(() -> OrgUnit.under(
                        department, OrgUnitLevel.MARKETING_SERVICE_DEPARTMENT, "X", "x", DivisionCode.of("33")))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(OrgUnitLevel.class)
    void theHeadOfficeStandsOnlyAtTheRoot(OrgUnitLevel parentLevel) {
        assertThat(parentLevel.mayContain(OrgUnitLevel.HEAD_OFFICE)).isFalse();
    }

    @Test
    void aUnitCannotBeAddedUnderAnInactiveParent() {
        OrgUnit hq = headOffice();
        OrgUnit branch = child(hq, OrgUnitLevel.BRANCH, 2);
        branch.deactivate(0, 0, 0);
        assertThatThrownBy(() -> OrgUnit.under(branch, OrgUnitLevel.SUB_BRANCH, "X", "x", DivisionCode.of("33")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("inactive");
    }

    @Test
    void deactivationIsRefusedWhileActiveChildrenRemain() {
        OrgUnit branch = child(headOffice(), OrgUnitLevel.BRANCH, 2);
        assertThatThrownBy(() -> branch.deactivate(2, 0, 0))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("children"));
        assertThat(branch.active()).isTrue();
    }

    @Test
    void deactivationIsRefusedWhileActiveStaffRemain() {
        OrgUnit branch = child(headOffice(), OrgUnitLevel.BRANCH, 2);
        assertThatThrownBy(() -> branch.deactivate(0, 3, 0))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("staff"));
    }

    @Test
    void deactivationIsRefusedWhileActiveOutletsRemain() {
        OrgUnit branch = child(headOffice(), OrgUnitLevel.BRANCH, 2);
        assertThatThrownBy(() -> branch.deactivate(0, 0, 1))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("outlets"));
    }

    @Test
    void anEmptyUnitIsDeactivatedOnceAndSaysSoTheSecondTime() {
        OrgUnit branch = child(headOffice(), OrgUnitLevel.BRANCH, 2);
        branch.deactivate(0, 0, 0);
        assertThat(branch.active()).isFalse();
        assertThatThrownBy(() -> branch.deactivate(0, 0, 0))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already inactive");
    }

    @Test
    void aStoredUnitKnowsItsParentPath() {
        OrgUnit restored =
                OrgUnit.restore(9, 1, 4L, OrgUnitLevel.SUB_BRANCH, "X", "x", DivisionCode.of("33"), "/1/4/9/", true, 3);
        assertThat(restored.path()).isEqualTo("/1/4/9/");
        assertThat(restored.version()).isEqualTo(3);
    }
}
