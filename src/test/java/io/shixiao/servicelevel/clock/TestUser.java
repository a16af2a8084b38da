package io.shixiao.servicelevel.clock;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** A signed-in user for web tests. */
public record TestUser(long accountId, String username, String displayName, Set<Role> roles, DataScope dataScope)
    implements ScopedUser {

  /** A manager of branch 9 (path /1/4/9/) of insurer 1. */
  public static TestUser branchManager() {
    return new TestUser(1, "manager9", "Manager 9", Set.of(Role.MANAGER), DataScope.subtree(1, 9, "/1/4/9/"));
  }

  /** A claims handler of branch 9 of insurer 1. */
  public static TestUser branchHandler() {
    return new TestUser(2, "handler9", "Handler 9", Set.of(Role.CLAIMS_HANDLER), DataScope.subtree(1, 9, "/1/4/9/"));
  }

  /** A manager of branch 12 (path /1/4/12/), a sibling of branch 9. */
  public static TestUser otherBranchManager() {
    return new TestUser(3, "manager12", "Manager 12", Set.of(Role.MANAGER), DataScope.subtree(1, 12, "/1/4/12/"));
  }

  public static TestUser association() {
    return new TestUser(4, "assoc", "Association", Set.of(Role.ASSOCIATION), DataScope.association(1));
  }

  public static TestUser admin() {
    return new TestUser(5, "admin", "Admin", Set.of(Role.ADMIN), DataScope.platform());
  }

  public RequestPostProcessor signedIn() {
    return SecurityMockMvcRequestPostProcessors.authentication(new UsernamePasswordAuthenticationToken(this, null,
        roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
  }
}
