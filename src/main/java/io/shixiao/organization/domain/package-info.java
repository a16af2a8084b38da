/** The organisation's aggregates and their rules (units in a tree, outlets with opening hours, staff with certificates). */
@org.jspecify.annotations.NullMarked
package io.shixiao.organization.domain;
