/** The application clock and the Asia/Shanghai zone. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.time;
