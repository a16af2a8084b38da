/**
 * 政策性农村住房保险 (the 互助县 rural housing bid, seeds/004): a scheme per county and year held as data
 * (premium, subsidy shares, sums insured, special households, perils, exclusions, the insured dwelling,
 * the public-notice period), the household registry by village with Excel import, one policy per
 * household and year with its premium ledger, coverage (应保尽保) per township and village, house claims
 * after a disaster with the village public notice (公示) before payment, and the county's acceptance
 * reports. The scheme's contract and its blanks ({@code XXX个工作日}) are registered with the service-level
 * engine, which runs the HZ-* clocks of its claims.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "servicelevel", "organization", "feedback"})
@org.jspecify.annotations.NullMarked
package io.shixiao.enrolment;
