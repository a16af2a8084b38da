package io.shixiao.servicelevel.clock;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in user for web tests. */
public record TestUser(long accountId, String username, String displayName, Set<Role> roles, DataScope dataScope)
        implements ScopedUser {

    /** A manager of {@code branch}. */
    public static TestUser managerOf(OrgUnitView branch) {
        return new TestUser(
                1,
                "manager" + branch.id(),
                "Manager",
                Set.of(Role.MANAGER),
                DataScope.subtree(branch.insurerId(), branch.id(), branch.path()));
    }

    /** A claims handler of {@code branch}. */
    public static TestUser handlerOf(OrgUnitView branch) {
        return new TestUser(
                2,
                "handler" + branch.id(),
                "Handler",
                Set.of(Role.CLAIMS_HANDLER),
                DataScope.subtree(branch.insurerId(), branch.id(), branch.path()));
    }

    public static TestUser association() {
        return association(1);
    }

    public static TestUser association(long associationId) {
        return new TestUser(4, "assoc", "Association", Set.of(Role.ASSOCIATION), DataScope.association(associationId));
    }

    public static TestUser admin() {
        return new TestUser(5, "admin", "Admin", Set.of(Role.ADMIN), DataScope.platform());
    }

    public RequestPostProcessor signedIn() {
        return SecurityMockMvcRequestPostProcessors.authentication(new UsernamePasswordAuthenticationToken(
                this,
                null,
                roles.stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
    }
}
