package io.shixiao.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/** Asks the {@link LoginThrottle} before the password is checked, then lets the account check decide. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuthenticationProvider accounts;

    ThrottledAuthenticationProvider(LoginThrottle throttle, AuthenticationProvider accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        throttle.check(authentication);
        return accounts.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return accounts.supports(authentication);
    }
}
