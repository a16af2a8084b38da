/** RFC 9457 problem details: the one error format of the API, naming the field. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.problem;
