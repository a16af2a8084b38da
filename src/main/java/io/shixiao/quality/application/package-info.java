/** Forbidden-phrase use cases: the phrase book, checks, held texts and their review. */
package io.shixiao.quality.application;
