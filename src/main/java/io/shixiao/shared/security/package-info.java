/** The current user, their roles and data scope, and the scope filter written once in SQL. */
package io.shixiao.shared.security;
