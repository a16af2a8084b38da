/** Callback tasks, questionnaires, sampling rules and satisfaction statistics in PostgreSQL. */
@org.jspecify.annotations.NullMarked
package io.shixiao.feedback.application;
