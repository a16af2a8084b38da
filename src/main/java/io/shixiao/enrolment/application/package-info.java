/**
 * The scheme's services: scheme administration and its contract with the engine, the household
 * registry and its Excel import, enrolment and the ledger, coverage, house claims and county reports.
 * Every query goes through {@link io.shixiao.enrolment.application.SchemeAccess}.
 */
package io.shixiao.enrolment.application;
