/**
 * Assembling one customer's file from the other modules' public read methods, the audit of each search and
 * view, and the per-user allowance of searches.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.customer.application;
