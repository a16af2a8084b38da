package io.shixiao.audit.web;

/** One line of the audit page. */
record AuditRow(
        String occurredAt,
        String kind,
        String action,
        String actor,
        String entityType,
        String entityId,
        String summary,
        String remoteAddress) {}
