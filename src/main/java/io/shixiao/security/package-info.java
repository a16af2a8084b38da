/**
 * Who may do what: staff login accounts linked to the organisation, the roles of DESIGN §1, the
 * data scope each account reaches (its organisation unit and subtree, its association, its county,
 * or the whole platform), form login for pages and HTTP Basic for the API, failed-login throttling
 * and the demo accounts of the first run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "organization"})
@org.jspecify.annotations.NullMarked
package io.shixiao.security;
