package io.shixiao.organization.application;

import io.shixiao.shared.problem.InvalidInputException;

/** Which page of a list to read; at most 200 rows a page. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
  }

  public int offset() {
    return page * size;
  }
}
