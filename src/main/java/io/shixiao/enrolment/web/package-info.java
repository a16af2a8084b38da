/** Pages (section {@code rural}) and the REST API under {@code /api/v1/rural-housing}. */
@org.jspecify.annotations.NullMarked
package io.shixiao.enrolment.web;
