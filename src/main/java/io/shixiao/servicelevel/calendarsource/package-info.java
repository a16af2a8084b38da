/**
 * Where the holiday schedules come from (packaged files, a drop-in directory, uploads in
 * PostgreSQL) and how a change reaches the calendars and the clocks.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel.calendarsource;
