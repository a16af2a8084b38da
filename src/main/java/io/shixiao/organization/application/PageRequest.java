package io.shixiao.organization.application;

import io.shixiao.shared.problem.InvalidInputException;

/** Which page of a list to read; at most 200 rows a page. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    /** The last page anyone could mean; beyond it the offset would only overflow. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
