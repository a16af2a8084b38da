package io.shixiao.organization.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;

/** A qualification or certificate a staff member holds; {@code expiresOn} is empty for one without end. */
public record Qualification(String name, String number, String issuer, LocalDate issuedOn, LocalDate expiresOn) {

    /** Days ahead in which a certificate counts as expiring soon. */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    public Qualification {
        name = Require.text("qualifications.name", name, 100);
        number = Require.text("qualifications.number", number, 64);
        issuer = Require.text("qualifications.issuer", issuer, 100);
        Require.plausibleDate("qualifications.issuedOn", Require.present("qualifications.issuedOn", issuedOn));
        Require.plausibleDate("qualifications.expiresOn", expiresOn);
        if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            throw new InvalidInputException("qualifications.expiresOn", "A certificate expires after it was issued");
        }
    }

    /** Whether the certificate is valid, expires within 30 days, or has expired, as of {@code today}. */
    public QualificationStatus statusOn(LocalDate today) {
        if (expiresOn == null) {
            return QualificationStatus.VALID;
        }
        if (expiresOn.isBefore(today)) {
            return QualificationStatus.EXPIRED;
        }
        if (!expiresOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS))) {
            return QualificationStatus.EXPIRING_SOON;
        }
        return QualificationStatus.VALID;
    }
}
