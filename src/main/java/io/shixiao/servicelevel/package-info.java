/**
 * The service-level engine, the heart of 限时办结: the statutory calendar and service-hours
 * calendars, period arithmetic of 民法典 200–204, the catalog of clause-linked service standards,
 * and the clocks that other modules drive by reporting milestones. It owns every deadline; other
 * modules never compute one. Warnings, breaches and met deadlines leave as events
 * ({@code ServiceDeadlineApproaching}, {@code ServiceDeadlineBreached}, {@code ServiceDeadlineMet}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "organization"})
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel;
