/** Demo claims in every state for the first run (off in production and, by count, in tests). */
@org.jspecify.annotations.NullMarked
package io.shixiao.claims.demo;
