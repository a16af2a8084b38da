/**
 * The recurring-duty file and its rules, in plain Java: what a duty is, how its periods follow the
 * calendar ({@link io.shixiao.duties.catalog.Recurrence}), when an occurrence is due ({@link
 * io.shixiao.duties.catalog.DueRule}, counted by the service-level engine), and the loader that names
 * every problem of the file with its line.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.duties.catalog;
