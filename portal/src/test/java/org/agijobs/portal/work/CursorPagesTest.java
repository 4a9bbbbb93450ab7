package org.agijobs.portal.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A grid's offset requests answered along a connection's cursors, against a list of 250 numbered items. */
class CursorPagesTest {

    private final List<String> asked = new ArrayList<>();
    private final CursorPages<Integer> pages = new CursorPages<>(this::page);

    @Test
    void theFirstRowsCostOnePageOfExactlyTheRowsAsked() {
        assertThat(pages.fetch(0, 50).toList()).containsExactlyElementsOf(range(0, 50));

        assertThat(asked).containsExactly("50 after null");
    }

    @Test
    void scrollingOnContinuesAfterTheLastCursorAndScrollingBackAsksNothing() {
        pages.fetch(0, 50).toList();

        assertThat(pages.fetch(50, 50).toList()).containsExactlyElementsOf(range(50, 100));
        assertThat(pages.fetch(10, 20).toList()).containsExactlyElementsOf(range(10, 30));

        assertThat(asked).containsExactly("50 after null", "50 after c49");
    }

    @Test
    void anOffsetFarAheadWalksThePagesBeforeItAtMostOneHundredAtATime() {
        assertThat(pages.fetch(200, 30).toList()).containsExactlyElementsOf(range(200, 230));

        assertThat(asked).containsExactly("100 after null", "100 after c99", "30 after c199");
    }

    @Test
    void theListEndsWhereTheConnectionSaysSo() {
        assertThat(pages.fetch(240, 50).toList()).containsExactlyElementsOf(range(240, 250));
        assertThat(pages.all()).hasSize(250);

        assertThat(asked).containsExactly("100 after null", "100 after c99", "90 after c199");
    }

    @Test
    void allReadsEveryPageAndNotTheFirstHundredOnly() {
        assertThat(pages.all()).containsExactlyElementsOf(range(0, 250));

        assertThat(asked).containsExactly("100 after null", "100 after c99", "100 after c199");
    }

    @Test
    void resetStartsAgainFromTheFirstPage() {
        pages.fetch(0, 50).toList();

        pages.reset();
        pages.fetch(0, 50).toList();

        assertThat(asked).containsExactly("50 after null", "50 after null");
    }

    private CursorPages.Page<Integer> page(int first, @Nullable String after) {
        asked.add(first + " after " + after);
        int from = after == null ? 0 : Integer.parseInt(after.substring(1)) + 1;
        int to = Math.min(from + first, 250);
        return new CursorPages.Page<>(range(from, to), to < 250, to == from ? null : "c" + (to - 1));
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
