package io.shixiao.shared.web;

import io.shixiao.shared.security.Role;
import java.util.Set;

/**
 * An entry of the main menu, contributed by a module as a bean. The shell shows it to users holding
 * one of {@code roles} (an empty set means every signed-in user but a village liaison, who sees only the
 * entries naming that role), grouped by {@code section} and
 * sorted by {@code order}. Labels are message keys so the menu follows the chosen language.
 */
public record NavigationItem(String section, String labelKey, String path, int order, Set<Role> roles) {

    public boolean visibleTo(Set<Role> userRoles) {
        if (roles.isEmpty()) {
            return !userRoles.contains(Role.VILLAGE_LIAISON);
        }
        return roles.stream().anyMatch(userRoles::contains);
    }
}
