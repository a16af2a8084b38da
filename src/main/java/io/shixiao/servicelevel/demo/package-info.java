/** Demo clocks so the monitor and statistics show something on first run. */
@org.jspecify.annotations.NullMarked
package io.shixiao.servicelevel.demo;
