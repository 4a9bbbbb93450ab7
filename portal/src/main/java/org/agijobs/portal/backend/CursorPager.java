package org.agijobs.portal.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Serves a lazy grid's offset and limit from one of the API's cursor connections. It remembers only the cursor of
 * each row it has seen (never the rows), so the next page continues after the right row, a jump ahead walks the
 * connection forward, and no list is silently cut at the API's 100-item page.
 */
public final class CursorPager<T> {

    /** The API's own page size cap. */
    static final int MAX_PAGE = 100;

    /** One page of a connection: its items with their cursors, and whether more follow. */
    public record Page<T>(List<T> items, List<String> cursors, boolean hasNext) {
        public Page {
            if (items.size() != cursors.size()) {
                throw new IllegalArgumentException("Each item needs its cursor");
            }
        }
    }

    /** Reads {@code first} items after {@code after} (null: from the start). */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<T> fetch(@Nullable String after, int first);
    }

    private final PageSource<T> source;
    private final List<String> cursors = new ArrayList<>();
    private boolean exhausted;

    public CursorPager(PageSource<T> source) {
        this.source = source;
    }

    /** The rows {@code offset} to {@code offset + limit - 1}; fewer when the connection ends first. */
    public Stream<T> fetch(int offset, int limit) {
        while (cursors.size() < offset && !exhausted) {
            read(cursors.size(), Math.min(MAX_PAGE, offset - cursors.size()));
        }
        if (cursors.size() < offset) {
            return Stream.empty();
        }
        List<T> rows = new ArrayList<>(limit);
        while (rows.size() < limit) {
            int at = offset + rows.size();
            if (exhausted && at >= cursors.size()) {
                break;
            }
            List<T> page = read(at, Math.min(MAX_PAGE, limit - rows.size()));
            if (page.isEmpty()) {
                break;
            }
            rows.addAll(page);
        }
        return rows.stream();
    }

    /** Every row, page after page; for lists the API keeps short, such as an agent's open assignments. */
    public List<T> all() {
        List<T> rows = new ArrayList<>();
        exhausted = false;
        List<T> page;
        do {
            page = read(rows.size(), MAX_PAGE);
            rows.addAll(page);
        } while (!exhausted && !page.isEmpty());
        return rows;
    }

    /** Forgets every cursor, for when the list has changed under the grid (a new job, a new filter). */
    public void reset() {
        cursors.clear();
        exhausted = false;
    }

    private List<T> read(int at, int first) {
        Page<T> page = source.fetch(at == 0 ? null : cursors.get(at - 1), first);
        for (int i = 0; i < page.cursors().size(); i++) {
            if (at + i < cursors.size()) {
                cursors.set(at + i, page.cursors().get(i));
            } else {
                cursors.add(page.cursors().get(i));
            }
        }
        if (!page.hasNext() || page.items().isEmpty()) {
            exhausted = true;
        }
        return page.items();
    }
}
