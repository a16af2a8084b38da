/** Validated identifiers: resident ID numbers, credit codes, mobiles, plates. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.identity;
