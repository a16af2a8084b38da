package io.shixiao.security.internal;

import io.shixiao.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling: after {@code max-failures} wrong passwords in a row an account is locked
 * for {@code lock-minutes}; a successful login resets the count. Every failure is audited.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            AccountRepository accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${shixiao.security.login-throttle.max-failures:5}") int maxFailures,
            @Value("${shixiao.security.login-throttle.lock-minutes:15}") long lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            int failures = accounts.recordFailure(
                    username, maxFailures, Instant.now(clock).plus(lockDuration));
            audit.recordSecurityEvent(
                    failures >= maxFailures ? "LOGIN_LOCKED" : "LOGIN_FAILED",
                    abbreviate(username),
                    "failures=" + failures);
        } else {
            audit.recordSecurityEvent(
                    "LOGIN_REFUSED",
                    abbreviate(username),
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.resetFailures(event.getAuthentication().getName());
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordInteractiveLogin(event.getAuthentication().getName(), Instant.now(clock));
    }

    private static String abbreviate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
