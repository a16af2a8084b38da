/** Notices as PDF with the bundled Chinese font. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.document;
