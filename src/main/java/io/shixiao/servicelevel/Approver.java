package io.shixiao.servicelevel;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.util.Set;

/**
 * Who grants an extension: the engine checks their role against the standard's extension ladder
 * and their data scope against the clock.
 */
public record Approver(String username, Set<Role> roles, DataScope scope) {

    public Approver {
        roles = Set.copyOf(roles);
    }
}
