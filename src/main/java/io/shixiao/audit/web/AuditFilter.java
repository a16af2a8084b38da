package io.shixiao.audit.web;

/** What the administrator is looking for; null matches everything. */
record AuditFilter(String kind, String actor, String entity) {}
