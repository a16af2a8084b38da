/** Demo consultations, complaints, remedies and rectification items for both demo insurers. */
@org.jspecify.annotations.NullMarked
package io.shixiao.complaints.demo;
