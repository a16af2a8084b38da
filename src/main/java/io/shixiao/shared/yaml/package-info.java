/** Reading YAML with the file and line of every value, so a data file's mistake names its place. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.yaml;
