package io.shixiao.servicelevel.web;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration.Editor;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as an editor of contracts and their blanks. An insurer's figures bind all its
 * branches, so only a manager of its head office (总公司) may set them; a branch manager may read the
 * catalog but not the company's parameters.
 */
@Component
class ContractEditors {

    private final OrganizationDirectory organization;

    ContractEditors(OrganizationDirectory organization) {
        this.organization = organization;
    }

    Editor current() {
        ScopedUser user = CurrentUser.get();
        DataScope scope = user.dataScope();
        boolean headOffice = scope.orgUnitId() != null
                && organization
                        .unit(scope.orgUnitId())
                        .map(unit -> unit.level() == OrgUnitLevel.HEAD_OFFICE)
                        .orElse(false);
        return new Editor(user.has(Role.ADMIN), user.has(Role.MANAGER), scope.insurerId(), headOffice);
    }

    /** The username recorded as {@code updated_by}. */
    String actor() {
        return CurrentUser.get().username();
    }
}
