package io.shixiao.organization.application;

/**
 * One line of an association's certificate registry: a member insurer's staff member and certificate. No
 * contact data: docs/security.md says what the registry shows and why.
 */
public record CertificateEntry(String insurerName, String staffName, String certificateNo, boolean active) {}
