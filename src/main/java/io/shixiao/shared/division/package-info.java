/** Administrative division codes (GB/T 2260) of the demo regions. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.division;
