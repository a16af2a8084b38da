package io.shixiao.organization.web;

import io.shixiao.organization.application.Paged;
import java.util.List;
import java.util.function.Function;

/** A page of an API list. */
record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <S, T> PageResponse<T> of(Paged<S> paged, Function<S, T> mapper) {
        return new PageResponse<>(
                paged.items().stream().map(mapper).toList(),
                paged.page(),
                paged.size(),
                paged.total(),
                paged.totalPages());
    }
}
