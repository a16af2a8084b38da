package io.shixiao.organization;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for web tests: a principal with roles and a data scope. */
public final class TestUsers {

    private TestUsers() {}

    public record TestUser(String username, Set<Role> roles, DataScope dataScope) implements ScopedUser {
        @Override
        public long accountId() {
            return username.hashCode();
        }

        @Override
        public String displayName() {
            return username;
        }
    }

    public static RequestPostProcessor as(TestUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(new UsernamePasswordAuthenticationToken(
                user,
                null,
                user.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
    }

    public static RequestPostProcessor admin() {
        return as(new TestUser("admin", Set.of(Role.ADMIN), DataScope.platform()));
    }

    public static RequestPostProcessor insurer(OrgUnitView unit, Role... roles) {
        return as(new TestUser(
                "user-" + unit.code(), Set.of(roles), DataScope.subtree(unit.insurerId(), unit.id(), unit.path())));
    }

    public static RequestPostProcessor association(long associationId) {
        return as(new TestUser(
                "association-" + associationId, Set.of(Role.ASSOCIATION), DataScope.association(associationId)));
    }

    public static RequestPostProcessor county(String division) {
        return as(new TestUser("county-" + division, Set.of(Role.COUNTY_AUTHORITY), DataScope.county(division)));
    }
}
