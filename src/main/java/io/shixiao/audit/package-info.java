/**
 * The append-only audit trail: who changed what and who viewed which personal data, when and from
 * where. Every module records through {@link io.shixiao.audit.AuditTrail}; administrators browse
 * the trail. The table rejects updates and deletes at the database level.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.shixiao.audit;
