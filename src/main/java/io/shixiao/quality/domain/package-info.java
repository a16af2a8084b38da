/** Forbidden-phrase matching: normalising text and finding listed or close wording. */
@org.jspecify.annotations.NullMarked
package io.shixiao.quality.domain;
