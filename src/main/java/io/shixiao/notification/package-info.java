/**
 * Notifications. Staff alerts: the first listener of the service-level engine's deadline events
 * ({@code ServiceDeadlineApproaching}, {@code ServiceDeadlineBreached}, {@code ServiceCountExceeded})
 * and of overdue recurring duties, addressed to the roles the standard names within the case's unit
 * and shown in each user's inbox (我的提醒). Customer messages: other modules publish
 * {@link io.shixiao.shared.message.CustomerMessageRequested} in their transaction; it is written to the
 * outbox in that transaction from a template kept as data, and a dispatcher sends it through a
 * pluggable SMS sender with retries and backoff, every attempt in the delivery log. It only listens:
 * no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel", "duties", "quality"})
@org.jspecify.annotations.NullMarked
package io.shixiao.notification;
