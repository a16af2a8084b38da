/** Forbidden-phrase use cases: the phrase book, checks, held texts and their review. */
@org.jspecify.annotations.NullMarked
package io.shixiao.quality.application;
