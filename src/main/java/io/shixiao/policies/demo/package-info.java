/** Demo policies for the first run: ten thousand per demo insurer, written in batches. */
@org.jspecify.annotations.NullMarked
package io.shixiao.policies.demo;
