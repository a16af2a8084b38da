/** Callback tasks, sampling and questionnaires: plain Java rules. */
@org.jspecify.annotations.NullMarked
package io.shixiao.feedback.domain;
