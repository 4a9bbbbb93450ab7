package org.agijobs.portal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A grid's offset-and-limit requests answered from a cursor connection: pages are fetched after the last cursor
 * seen, only as far as the grid scrolls, and kept so that scrolling back costs no request. The API has no
 * offsets, so an offset past what is loaded is reached by walking the pages before it.
 */
final class CursorPages<T> {

    /** The API's cap on {@code first}. */
    static final int MAX_PAGE = 100;

    record Page<T>(List<T> items, boolean hasNextPage, @Nullable String endCursor) {
    }

    @FunctionalInterface
    interface Source<T> {
        Page<T> page(int first, @Nullable String after);
    }

    private final Source<T> source;
    private final List<T> loaded = new ArrayList<>();
    private @Nullable String endCursor;
    private boolean more = true;

    CursorPages(Source<T> source) {
        this.source = source;
    }

    Stream<T> fetch(int offset, int limit) {
        long wanted = (long) offset + limit;
        while (more && loaded.size() < wanted) {
            int first = (int) Math.min(MAX_PAGE, wanted - loaded.size());
            Page<T> page = source.page(first, endCursor);
            loaded.addAll(page.items());
            endCursor = page.endCursor();
            // An empty page that claims more would loop for ever; the list ends there.
            more = page.hasNextPage() && !page.items().isEmpty() && page.endCursor() != null;
        }
        int from = Math.min(offset, loaded.size());
        int to = (int) Math.min(wanted, loaded.size());
        return List.copyOf(loaded.subList(from, to)).stream();
    }

    /** Every item, page after page; for lists the API keeps short, such as an agent's open assignments. */
    List<T> all() {
        return fetch(0, Integer.MAX_VALUE).toList();
    }

    /** Forgets what was loaded: the next fetch starts again from the first page. */
    void reset() {
        loaded.clear();
        endCursor = null;
        more = true;
    }
}
