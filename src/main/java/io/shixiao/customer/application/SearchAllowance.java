package io.shixiao.customer.application;

import io.shixiao.customer.SearchesExhaustedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many customer searches one staff member may make in a rolling hour. The search identifies a person
 * from an ID number or a mobile, like the staff search by mobile (docs/security.md), so it is restricted to
 * the roles that serve customers and audited; the allowance adds a brake on an account that walks through
 * numbers faster than any clerk answers customers. Counted in this node's memory, like the sign-in throttle:
 * N nodes allow N times as many, and a restart forgets.
 */
@Component
class SearchAllowance {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> searches = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perHour;

    SearchAllowance(Clock clock, @Value("${shixiao.customers.searches-per-hour:120}") int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Counts one search by {@code username}, or refuses it when the hour's allowance is used up. */
    void take(String username) {
        Instant now = clock.instant();
        Deque<Instant> times = searches.computeIfAbsent(username, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                throw new SearchesExhaustedException(
                        perHour, Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
        }
    }
}
