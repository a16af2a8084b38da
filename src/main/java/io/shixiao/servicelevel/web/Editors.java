package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration.Editor;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as an editor of contract parameters. */
final class Editors {

    private Editors() {}

    static Editor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        Long insurerId =
                CurrentUser.find().map(user -> user.dataScope().insurerId()).orElse(null);
        return new Editor(
                authorities.contains(Role.ADMIN.authority()),
                authorities.contains(Role.MANAGER.authority()),
                insurerId);
    }

    /** The username recorded as {@code updated_by}: the platform principal's, else the login name. */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return CurrentUser.find()
                .map(ScopedUser::username)
                .orElseGet(() -> authentication == null ? "system" : authentication.getName());
    }
}
