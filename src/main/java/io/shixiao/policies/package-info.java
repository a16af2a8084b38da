/**
 * Policies (保单): motor policies with 交强险, 商业三者险 and 车损险, property and rural housing policies;
 * the policyholder and the insured with their resident ID numbers (encrypted at rest, masked on screen);
 * periods, endorsements (批改) with the one-time list of materials, surrender (退保) with the refund of the
 * unearned premium, and import by API and Excel. Other modules find a policy through
 * {@link io.shixiao.policies.Policies} and see it as a {@link io.shixiao.policies.PolicySummary}; issue,
 * delivery and renewal reminders run as clocks on the service-level engine (ZJ-DELIVER, AGR-RENEW).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel"})
@org.jspecify.annotations.NullMarked
package io.shixiao.policies;
