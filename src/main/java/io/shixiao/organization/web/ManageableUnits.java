package io.shixiao.organization.web;

import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.OrgUnit;
import java.util.ArrayList;
import java.util.List;

/** The choices of a form's 所属机构 field: the active units the current user may manage. */
final class ManageableUnits {

    private ManageableUnits() {}

    static List<OrgUnit> of(OrgUnitService units, OrganizationAccess access) {
        List<OrgUnit> manageable = new ArrayList<>();
        for (OrgUnit unit : units.list(null, null, true, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            if (access.mayManage(unit.insurerId(), unit.path())) {
                manageable.add(unit);
            }
        }
        return manageable;
    }
}
