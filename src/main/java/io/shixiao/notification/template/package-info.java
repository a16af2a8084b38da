/** Customer message templates as data: the packaged seeds, rendering of {@code {placeholders}}, the administrator's edits. */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.template;
