/** Service-level pages (monitor, case clocks, compliance, catalog, calendar) and REST API. */
package io.shixiao.servicelevel.web;
