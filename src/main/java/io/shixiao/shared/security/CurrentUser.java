package io.shixiao.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<ScopedUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current user, or an access-denied failure where nobody is signed in. */
    public static ScopedUser get() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public static DataScope scope() {
        return get().dataScope();
    }

    /** The actor named in the audit trail: the username, or {@code system} for background work. */
    public static String actor() {
        return find().map(ScopedUser::username).orElse("system");
    }
}
