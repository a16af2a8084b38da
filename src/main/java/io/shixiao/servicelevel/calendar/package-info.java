/**
 * The statutory calendar and period arithmetic of 民法典第二百条至第二百零四条, in plain Java (no
 * Spring, no database): {@link io.shixiao.servicelevel.calendar.ServiceCalendar} and its builder,
 * {@link io.shixiao.servicelevel.calendar.PeriodArithmetic}, the thread-safe {@link
 * io.shixiao.servicelevel.calendar.CalendarRegistry} and the {@link
 * io.shixiao.servicelevel.calendar.CalendarChanged} event that makes running clocks recompute.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel.calendar;
