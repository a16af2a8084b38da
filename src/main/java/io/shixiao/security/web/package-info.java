/** The sign-in page. */
@org.jspecify.annotations.NullMarked
package io.shixiao.security.web;
