/**
 * The complaint desk's use cases: intake, handling steps reported to the service-level engine, decision
 * notices, remedies and the rectification ledger; storage through {@code JdbcClient} with personal data
 * encrypted, every query scoped to what the user may see.
 */
package io.shixiao.complaints.application;
