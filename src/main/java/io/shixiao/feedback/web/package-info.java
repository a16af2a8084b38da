/** The callback work queue, the survey form, the satisfaction dashboard and their REST API. */
@org.jspecify.annotations.NullMarked
package io.shixiao.feedback.web;
