/**
 * Callbacks (回访) and satisfaction surveys: callback tasks created when a claim is paid (sampled by the
 * insurer's rule: a share at random and every claim above an amount), when a complaint closes and
 * when a rural house claim is paid (every one, {@code shared.message.HouseClaimPaid}); attempts
 * by phone or SMS until the customer is reached or finally unreachable; questionnaires and their answer
 * scales as data, the seeds' surveys (002 and 004) kept apart; satisfaction statistics per staff member,
 * branch, question and month. The callback limit of the rural housing bid (HZ-CALLBACK) runs in the
 * service-level engine, which this module tells when a claim's callback is done.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel", "complaints", "claims"})
@org.jspecify.annotations.NullMarked
package io.shixiao.feedback;
