/** The 互助县 scheme of the current year with generated households in its 310 villages, for a first run. */
@org.jspecify.annotations.NullMarked
package io.shixiao.enrolment.demo;
