/** The service clock and count aggregates and the deadline arithmetic they run on. */
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel.clock.domain;
