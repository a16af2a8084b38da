package io.shixiao.audit.web;

/** What the administrator is looking for; null matches everything. */
record AuditFilter(
        @org.jspecify.annotations.Nullable String kind,
        @org.jspecify.annotations.Nullable String actor,
        @org.jspecify.annotations.Nullable String entity) {}
