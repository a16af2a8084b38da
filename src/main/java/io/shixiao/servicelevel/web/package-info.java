/** Service-level pages (monitor, case clocks, compliance, catalog, calendar) and REST API. */
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel.web;
