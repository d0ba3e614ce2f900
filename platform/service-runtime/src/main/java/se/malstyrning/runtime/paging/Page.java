package se.malstyrning.runtime.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** A collection response: {@code {"items": [...], "total": N, "limit": L, "offset": O}}. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    /** Runs the query for one page and counts all its matches. */
    public static <E> Page<E> of(PanacheQuery<E> query, int limit, int offset) {
        return new Page<>(query.range(offset, offset + limit - 1).list(), query.count(), limit, offset);
    }

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, limit, offset);
    }

    public boolean hasMore() {
        return (long) offset + items.size() < total;
    }
}
