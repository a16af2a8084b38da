/** Demo customer messages for the first run, so the delivery log shows what a working day looks like. */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.demo;
