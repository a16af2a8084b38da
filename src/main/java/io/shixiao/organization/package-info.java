/**
 * The organisation: insurers, their branch tree (总公司/分公司/中心支公司/支公司/营业部/营销服务部)
 * with division codes, service outlets with hours, hotline and duty roster, zones used for arrival
 * time limits, staff with roles, qualifications and association certificates, and the insurance
 * associations with their member insurers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
@org.jspecify.annotations.NullMarked
package io.shixiao.organization;
