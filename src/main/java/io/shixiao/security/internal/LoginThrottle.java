package io.shixiao.security.internal;

import io.shixiao.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling, counted in memory per account name from one client address and per client address
 * over all names. After {@code max-failures} wrong passwords for one name from one address, that name is
 * refused from that address for {@code lock-minutes}; after {@code max-failures-per-address} from one address,
 * that address is refused for every name. A stranger therefore cannot lock a colleague out from elsewhere,
 * and an unknown name is counted and refused exactly like an existing one, so the answer never tells which
 * accounts exist. A successful login clears its name's count. Every failure is audited.
 *
 * <p>Limits (docs/security.md): the counts live in one node's memory, so N nodes allow N times the attempts
 * and a restart forgets them; at most {@value #MAX_TRACKED} keys are kept, the expired ones pruned first.
 */
@Component
class LoginThrottle {

    static final int MAX_TRACKED = 100_000;

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Failures counted since {@code since}; refused until {@code refusedUntil} once over the limit. */
    private record Window(
            int failures, Instant since, @Nullable Instant refusedUntil) {}

    LoginThrottle(
            AccountRepository accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${shixiao.security.login-throttle.max-failures:5}") int maxFailures,
            @Value("${shixiao.security.login-throttle.max-failures-per-address:100}") int maxFailuresPerAddress,
            @Value("${shixiao.security.login-throttle.lock-minutes:15}") long lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    /** Refuses a sign-in attempt before its password is checked when the name or the address is throttled. */
    void check(Authentication attempt) {
        Instant now = clock.instant();
        String address = addressOf(attempt);
        if (refused(nameKey(attempt.getName(), address), now) || refused(addressKey(address), now)) {
            throw new LockedException("Too many failed sign-ins: locked for a while");
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = attempt.getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            String address = addressOf(attempt);
            int failures = count(nameKey(username, address), maxFailures);
            count(addressKey(address), maxFailuresPerAddress);
            accounts.recordFailure(username);
            audit.recordSecurityEvent(
                    failures >= maxFailures ? "LOGIN_LOCKED" : "LOGIN_FAILED",
                    abbreviate(username),
                    "failures=" + failures + " from " + address);
        } else {
            audit.recordSecurityEvent(
                    event instanceof AuthenticationFailureLockedEvent ? "LOGIN_THROTTLED" : "LOGIN_REFUSED",
                    abbreviate(username),
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication user = event.getAuthentication();
        windows.remove(nameKey(user.getName(), addressOf(user)));
        accounts.resetFailures(user.getName());
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordInteractiveLogin(event.getAuthentication().getName(), clock.instant());
    }

    private boolean refused(String key, Instant now) {
        Window window = windows.get(key);
        return window != null && window.refusedUntil() != null && now.isBefore(window.refusedUntil());
    }

    private int count(String key, int limit) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED) {
            windows.values()
                    .removeIf(w -> !w.since().plus(lockDuration).isAfter(now)
                            && (w.refusedUntil() == null || !w.refusedUntil().isAfter(now)));
        }
        Window updated = windows.compute(key, (k, window) -> {
            boolean fresh = window == null
                    || (!window.since().plus(lockDuration).isAfter(now)
                            && (window.refusedUntil() == null
                                    || !window.refusedUntil().isAfter(now)));
            int failures = fresh ? 1 : window.failures() + 1;
            Instant since = fresh ? now : window.since();
            return new Window(failures, since, failures >= limit ? now.plus(lockDuration) : null);
        });
        return updated.failures();
    }

    private static String nameKey(String username, String address) {
        return "name:" + abbreviate(username) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    private static String abbreviate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
