/**
 * The staff's one-customer view (一户一页): every service record of one customer — policies, claims with their
 * state, consultations, complaints, callbacks, and every open and closed clock of those cases with its deadline
 * and state — found by resident ID number, mobile or policy number within the caller's data scope. Finding a
 * customer is itself a view of personal data, so every search (hit or miss) and every record shown is written
 * to the audit trail. The module owns no data: it reads the other modules only through their public APIs
 * (calls go down), and no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "servicelevel", "policies", "claims", "complaints", "feedback"})
@org.jspecify.annotations.NullMarked
package io.shixiao.customer;
