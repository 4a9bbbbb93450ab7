package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A lazy grid's offsets served from a cursor connection that, like the API, never returns more than 100. */
class CursorPagerTest {

    private final Connection connection = new Connection(250);
    private final CursorPager<Integer> pager = new CursorPager<>(connection);

    @Test
    void pagesInOrderPastTheApisHundredItemCap() {
        List<Integer> seen = new ArrayList<>();
        for (int offset = 0; offset < 300; offset += 50) {
            seen.addAll(pager.fetch(offset, 50).toList());
        }

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(connection.largestRequest).isLessThanOrEqualTo(100);
    }

    @Test
    void aJumpAheadWalksTheConnectionForwardToTheRightRow() {
        assertThat(pager.fetch(180, 30).toList()).containsExactlyElementsOf(IntStream.range(180, 210).boxed().toList());
        assertThat(pager.fetch(240, 50).toList()).containsExactlyElementsOf(IntStream.range(240, 250).boxed().toList());
        assertThat(pager.fetch(260, 50).toList()).isEmpty();
    }

    @Test
    void allReadsEveryPageAndNotTheFirstHundredOnly() {
        assertThat(pager.all()).containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(connection.largestRequest).isEqualTo(100);
    }

    @Test
    void allStartsFromTheFirstRowEvenAfterTheGridReachedTheEnd() {
        pager.fetch(200, 100).toList();

        assertThat(pager.all()).hasSize(250).startsWith(0);
    }

    @Test
    void aLimitAboveTheCapIsFilledFromSeveralPages() {
        assertThat(pager.fetch(0, 150).toList()).hasSize(150).startsWith(0).endsWith(149);
        assertThat(connection.largestRequest).isEqualTo(100);
    }

    @Test
    void resetReadsAChangedListFromTheStart() {
        pager.fetch(0, 50).toList();
        connection.prepend(-1);
        pager.reset();

        assertThat(pager.fetch(0, 2).toList()).containsExactly(-1, 0);
    }

    /** Items are their own cursors, as a keyset would be. */
    private static final class Connection implements CursorPager.PageSource<Integer> {
        private final List<Integer> items = new ArrayList<>();
        int largestRequest;

        Connection(int size) {
            IntStream.range(0, size).forEach(items::add);
        }

        void prepend(int item) {
            items.addFirst(item);
        }

        @Override
        public CursorPager.Page<Integer> fetch(@Nullable String after, int first) {
            largestRequest = Math.max(largestRequest, first);
            int from = after == null ? 0 : items.indexOf(Integer.parseInt(after)) + 1;
            int to = Math.min(items.size(), from + Math.min(first, 100));
            List<Integer> page = items.subList(from, to);
            return new CursorPager.Page<>(List.copyOf(page), page.stream().map(String::valueOf).toList(),
                    to < items.size());
        }
    }
}
