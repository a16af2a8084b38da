/** The complaint desk's REST API and pages (Thymeleaf + htmx, usable on a phone). */
@org.jspecify.annotations.NullMarked
package io.shixiao.complaints.web;
