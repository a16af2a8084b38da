/** Money in yuan with exact decimal arithmetic. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.money;
