package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.List;

/**
 * Which clocks the signed-in user may see (their insurer's subtree, or everything for the administrator),
 * and which case a path names: an insurer's staff name their own insurer's cases, the administrator names
 * the insurer as well.
 */
final class ClockAccess {

    private ClockAccess() {}

    static ScopedUser user() {
        return CurrentUser.get();
    }

    static DataScope scope() {
        return user().dataScope();
    }

    static boolean canSee(ClockView clock) {
        return scope().canSee(clock.caseRef().insurerId(), clock.orgPath());
    }

    static List<ClockView> visible(List<ClockView> clocks) {
        DataScope scope = scope();
        return clocks.stream()
                .filter(c -> scope.canSee(c.caseRef().insurerId(), c.orgPath()))
                .toList();
    }

    static boolean has(Role role) {
        return user().has(role);
    }

    /**
     * The case a path names for the signed-in user. A case id outside the grammar, or a case type that does
     * not exist, names no case (404); the administrator must say which insurer's case it is.
     */
    static CaseRef caseRef(String caseType, String caseId, Long insurerId) {
        DataScope scope = scope();
        if (!scope.seesRecords()) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        CaseType type;
        try {
            type = CaseType.valueOf(caseType);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        if (!CaseRef.isValidId(caseId)) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        long insurer;
        if (scope.isPlatform()) {
            if (insurerId == null || insurerId < 1) {
                throw new InvalidInputException("insurerId", "required: name the insurer whose case this is");
            }
            insurer = insurerId;
        } else {
            insurer = scope.insurerId();
        }
        return new CaseRef(type, insurer, caseId);
    }
}
