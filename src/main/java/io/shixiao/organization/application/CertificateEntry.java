package io.shixiao.organization.application;

/** One line of an association's certificate registry: a member insurer's staff member and certificate. */
public record CertificateEntry(
        String insurerName, String staffName, String certificateNo, String maskedMobile, boolean active) {}
