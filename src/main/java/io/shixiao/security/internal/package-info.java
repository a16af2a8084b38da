/** Accounts, sign-in, throttling and the first-run administrator. */
package io.shixiao.security.internal;
