package io.shixiao.shared.security;

import java.util.Set;

/** The signed-in person as every module sees them. */
public interface ScopedUser {

    long accountId();

    String username();

    String displayName();

    Set<Role> roles();

    DataScope dataScope();

    default boolean has(Role role) {
        return roles().contains(role);
    }
}
