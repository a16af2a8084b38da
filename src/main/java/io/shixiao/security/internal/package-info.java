/** Accounts, sign-in, throttling and the first-run administrator. */
@org.jspecify.annotations.NullMarked
package io.shixiao.security.internal;
