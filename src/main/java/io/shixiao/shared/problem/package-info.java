/** RFC 9457 problem details: the one error format of the API, naming the field. */
package io.shixiao.shared.problem;
