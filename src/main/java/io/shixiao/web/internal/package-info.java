/** The page shell's internals: layout model, home page, error pages, API documentation. */
@org.jspecify.annotations.NullMarked
package io.shixiao.web.internal;
