package se.malstyrning.runtime.paging;

import java.util.List;

/** A collection response: {@code {"items": [...], "total": N, "limit": L, "offset": O}}. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public boolean hasMore() {
        return (long) offset + items.size() < total;
    }
}
