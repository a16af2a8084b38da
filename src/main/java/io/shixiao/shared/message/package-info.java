/**
 * Events and values any module may publish for another to act on: a customer message to send, a paid
 * house claim to call back.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.message;
