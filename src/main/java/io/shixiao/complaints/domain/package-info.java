/**
 * The complaint and consultation aggregates, remedies and rectification items: plain Java that refuses an
 * invalid transition with the current state named.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.complaints.domain;
