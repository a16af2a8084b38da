/**
 * Claims (赔案), from the report (报案) to payment: dispatch (调度), survey (查勘), loss assessment and its
 * review (定损/核损), documents (单证) with the one-time notice of missing materials (保险法第二十二条),
 * adjustment (理算), approval (核赔), the settlement agreement (赔付协议), payment, denial (拒赔) and
 * withdrawal (撤案). Each step reports its milestone to the service-level engine, which owns every
 * deadline; news leaves as {@link io.shixiao.claims.ClaimReported}, {@link io.shixiao.claims.ClaimPaid}
 * and {@link io.shixiao.claims.ClaimClosed}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel", "policies"})
package io.shixiao.claims;
