package io.shixiao.quality.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for the quality web tests, each its own account in a real unit of the demo data. */
final class QualityUsers {

    private QualityUsers() {}

    record User(long accountId, String username, Set<Role> roles, DataScope dataScope) implements ScopedUser {
        @Override
        public String displayName() {
            return "名" + username;
        }

        RequestPostProcessor signedIn() {
            return authentication(new UsernamePasswordAuthenticationToken(
                    this,
                    null,
                    roles.stream()
                            .map(r -> new SimpleGrantedAuthority(r.authority()))
                            .toList()));
        }
    }

    static User at(OrgUnitView unit, long accountId, String username, Role role) {
        return new User(accountId, username, Set.of(role), DataScope.subtree(unit.insurerId(), unit.id(), unit.path()));
    }

    static User admin() {
        return new User(900_001, "phrases-admin", Set.of(Role.ADMIN), DataScope.platform());
    }
}
