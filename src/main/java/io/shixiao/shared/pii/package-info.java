/** Encryption at rest and masks on screen for personal information. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.pii;
