package io.shixiao.servicelevel.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for web tests, as the platform's principal type. */
final class TestUsers {

    private TestUsers() {}

    record TestUser(String username, Set<Role> roles, DataScope dataScope) implements ScopedUser {
        @Override
        public long accountId() {
            return 1;
        }

        @Override
        public String displayName() {
            return username;
        }
    }

    static RequestPostProcessor admin() {
        return as(new TestUser("admin", Set.of(Role.ADMIN), DataScope.platform()));
    }

    static RequestPostProcessor managerOfInsurer(long insurerId) {
        return as(new TestUser("manager" + insurerId, Set.of(Role.MANAGER), DataScope.subtree(insurerId, 1, "/1/")));
    }

    /** A manager of {@code unit}: of the head office, an insurer's figures are theirs to set. */
    static RequestPostProcessor managerOf(OrgUnitView unit) {
        return as(new TestUser(
                "manager" + unit.id(),
                Set.of(Role.MANAGER),
                DataScope.subtree(unit.insurerId(), unit.id(), unit.path())));
    }

    static RequestPostProcessor agentOfInsurer(long insurerId) {
        return as(new TestUser("agent" + insurerId, Set.of(Role.AGENT), DataScope.subtree(insurerId, 1, "/1/")));
    }

    private static RequestPostProcessor as(TestUser user) {
        Set<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
