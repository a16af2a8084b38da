/** The audit trail's storage: one row per write and per personal-data view, never updated. */
@org.jspecify.annotations.NullMarked
package io.shixiao.audit.internal;
