package io.shixiao.organization.application;

import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the organisation. Reading follows the data scope (a record out of
 * scope is "not found"); writing needs ADMIN, or MANAGER for outlets, zones and staff inside the
 * manager's own subtree.
 */
@Component
public class OrganizationAccess {

    private final Divisions divisions;

    OrganizationAccess(Divisions divisions) {
        this.divisions = divisions;
    }

    public DataScope scope() {
        return CurrentUser.scope();
    }

    public boolean isAdmin() {
        return CurrentUser.find().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    /** Whether the current user may create or change outlets, zones and staff at a unit with {@code orgPath}. */
    /** Searching staff by a mobile number identifies its holder: administrators and managers only. */
    public boolean maySearchByMobile() {
        return CurrentUser.find()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.MANAGER))
                .orElse(false);
    }

    public boolean mayManage(long insurerId, String orgPath) {
        ScopedUser user = CurrentUser.get();
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return user.has(Role.MANAGER) && user.dataScope().canSee(insurerId, orgPath);
    }

    /** Whether the current user may create anything at all in the subtree-managed resources. */
    public boolean mayManageSomething() {
        ScopedUser user = CurrentUser.get();
        return user.has(Role.ADMIN)
                || (user.has(Role.MANAGER) && user.dataScope().reach() == DataScope.Reach.ORGANISATION_SUBTREE);
    }

    void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("Only the platform administrator may change this");
        }
    }

    void requireManage(long insurerId, String orgPath) {
        if (!mayManage(insurerId, orgPath)) {
            throw new AccessDeniedException("Only an administrator or a manager of this unit may change this");
        }
    }

    void requireVisible(boolean visible, String what, Object id) {
        if (!visible) {
            throw new NotFoundException(what, id);
        }
    }

    /** A division code that is well formed and known to the registry, or 400 naming {@code field}. */
    DivisionCode division(String field, String code) {
        if (!DivisionCode.isValid(code)) {
            throw new InvalidInputException(field, "must be a division code of 2, 4, 6, 9 or 12 digits");
        }
        if (!divisions.contains(code)) {
            throw new InvalidInputException(field, "unknown division code " + code);
        }
        return DivisionCode.of(code);
    }
}
