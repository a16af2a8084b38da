package io.shixiao.organization.application;

import java.util.List;

/** One page of a list: the items, the zero-based page number, the page size and the total count. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
