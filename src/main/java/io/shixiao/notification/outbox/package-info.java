/**
 * The customer-message outbox: requests written in the requesting module's transaction, the dispatcher
 * that claims due messages with {@code FOR UPDATE SKIP LOCKED} and sends them with retries and
 * exponential backoff, and the scoped delivery log.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.outbox;
