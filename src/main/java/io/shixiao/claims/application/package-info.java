/**
 * Claim handling: the steps as transactions that load the claim within the caller's data scope, apply
 * the aggregate's step, store it with an optimistic version check, report the step's milestones to
 * the service-level engine, audit it and publish the module's events. Also the repository, the
 * idempotency of the API, the policy look-up, uploads checked by content and the notices as PDF.
 */
package io.shixiao.claims.application;
