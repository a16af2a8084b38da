/**
 * The complaint and consultation aggregates, remedies and rectification items: plain Java that refuses an
 * invalid transition with the current state named.
 */
package io.shixiao.complaints.domain;
