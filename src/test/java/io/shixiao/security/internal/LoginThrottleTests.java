package io.shixiao.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttle's counting on its own, with small limits: per name from one address, per address over all
 * names, and a window that ends.
 */
@SpringBootTest
class LoginThrottleTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditTrail audit;

    private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

    private LoginThrottle throttle(Clock clock) {
        return new LoginThrottle(accounts, audit, clock, 3, 5, 15);
    }

    private static Authentication attempt(String name, String address) {
        HttpServletRequest request = new MockHttpServletRequest();
        ((MockHttpServletRequest) request).setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, "x");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private static void fail(LoginThrottle throttle, String name, String address) {
        throttle.onFailure(
                new AuthenticationFailureBadCredentialsEvent(attempt(name, address), new BadCredentialsException("x")));
    }

    @Test
    void aNameIsRefusedFromTheAddressThatFailedButNotFromAnother() {
        LoginThrottle throttle = throttle(Clock.fixed(START, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            fail(throttle, "colleague", "203.0.113.1");
        }
        assertThatThrownBy(() -> throttle.check(attempt("colleague", "203.0.113.1")))
                .isInstanceOf(LockedException.class);
        assertThatCode(() -> throttle.check(attempt("colleague", "203.0.113.2")))
                .doesNotThrowAnyException();
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForEveryName() {
        LoginThrottle throttle = throttle(Clock.fixed(START, ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            fail(throttle, "name-" + i, "203.0.113.9");
        }
        assertThatThrownBy(() -> throttle.check(attempt("someone-else", "203.0.113.9")))
                .isInstanceOf(LockedException.class);
        assertThatCode(() -> throttle.check(attempt("someone-else", "203.0.113.10")))
                .doesNotThrowAnyException();
    }

    @Test
    void theRefusalEndsAfterTheLockTime() {
        Instant[] now = {START};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        LoginThrottle throttle = throttle(moving);
        for (int i = 0; i < 3; i++) {
            fail(throttle, "patient", "203.0.113.20");
        }
        assertThatThrownBy(() -> throttle.check(attempt("patient", "203.0.113.20")))
                .isInstanceOf(LockedException.class);
        now[0] = START.plusSeconds(16 * 60);
        assertThatCode(() -> throttle.check(attempt("patient", "203.0.113.20"))).doesNotThrowAnyException();
    }
}
