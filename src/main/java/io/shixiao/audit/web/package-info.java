/** The audit log page and API, and the filter that records every state-changing request. */
@org.jspecify.annotations.NullMarked
package io.shixiao.audit.web;
