package io.shixiao.complaints;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff of a demo unit acting on the complaint desk in service-level tests. */
public final class ContactUsers {

    private static final AtomicLong ACCOUNTS = new AtomicLong(810_000);

    private ContactUsers() {}

    /** A signed-in staff member. */
    public record User(long accountId, String username, String displayName, Set<Role> roles, DataScope dataScope)
            implements ScopedUser {

        /** The user signed in for a MockMvc request to the pages. */
        public RequestPostProcessor signedIn() {
            return authentication(new UsernamePasswordAuthenticationToken(
                    this,
                    null,
                    roles.stream()
                            .map(r -> new SimpleGrantedAuthority(r.authority()))
                            .toList()));
        }
    }

    public static User at(OrgUnitView unit, Role... roles) {
        long id = ACCOUNTS.incrementAndGet();
        return new User(
                id,
                "contact-" + id,
                "测试" + roles[0].chineseName() + id,
                Set.of(roles),
                DataScope.subtree(unit.insurerId(), unit.id(), unit.path()));
    }
}
