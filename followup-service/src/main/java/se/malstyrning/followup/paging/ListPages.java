package se.malstyrning.followup.paging;

import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;

import java.util.List;

/** A page cut from a list already in memory (small collections that belong to one resource). */
public final class ListPages {

    private ListPages() {
    }

    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset, all.size());
        int to = Math.min(from + request.limit, all.size());
        return new Page<>(all.subList(from, to), all.size(), request.limit, request.offset);
    }
}
