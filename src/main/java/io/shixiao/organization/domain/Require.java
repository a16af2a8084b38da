package io.shixiao.organization.domain;

import io.shixiao.shared.problem.InvalidInputException;

/** Guards of the aggregates' own invariants; the field named is the request field a person can fix. */
final class Require {

  private Require() {}

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    return value.strip();
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "must not be null");
    }
    return value;
  }

  static String optionalText(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
