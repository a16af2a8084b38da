package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ClockView;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.List;

/** Which clocks the signed-in user may see: their insurer's subtree, or everything for the administrator. */
final class ClockAccess {

    private ClockAccess() {}

    static ScopedUser user() {
        return CurrentUser.get();
    }

    static DataScope scope() {
        return user().dataScope();
    }

    static boolean canSee(ClockView clock) {
        return scope().canSee(clock.insurerId(), clock.orgPath());
    }

    static List<ClockView> visible(List<ClockView> clocks) {
        DataScope scope = scope();
        return clocks.stream()
                .filter(c -> scope.canSee(c.insurerId(), c.orgPath()))
                .toList();
    }

    static boolean has(Role role) {
        return user().has(role);
    }
}
