/** The application's entry point; every module lives in a package beneath it. */
@org.jspecify.annotations.NullMarked
package io.shixiao;
