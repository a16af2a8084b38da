/** The claims API and pages: the hotline report, lists, the claim page with live deadlines, the surveyor's phone pages. */
@org.jspecify.annotations.NullMarked
package io.shixiao.claims.web;
