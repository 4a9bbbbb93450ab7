package org.agijobs.platform.graphql;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The position a connection continues from, for a controller. {@link OpaqueCursors} decodes any cursor the API
 * writes; these check that it is one of this list's: a keyset cursor with exactly this list's keys and their
 * types, or an offset. A cursor of another list is refused like a malformed one, instead of reaching a query that
 * cannot use it.
 */
public final class Cursors {

    private static final String SEQ = "seq";
    private static final OpaqueCursors CURSORS = new OpaqueCursors();

    private Cursors() {
    }

    /** One key of a keyset: the property the list is sorted by, and the type of its values. */
    public record Key(String property, Class<?> type) {
    }

    /** Where a keyset-paged list continues: its start without a cursor, else after the cursor's keys. */
    public static ScrollPosition keyset(ScrollSubrange subrange, List<Key> keys) {
        ScrollPosition position = subrange.position().orElse(ScrollPosition.keyset());
        if (!(position instanceof KeysetScrollPosition keyset)) {
            throw OpaqueCursors.malformed();
        }
        if (!keyset.isInitial() && !matches(keyset.getKeys(), keys)) {
            throw OpaqueCursors.malformed();
        }
        return keyset;
    }

    /** Where an offset-paged list continues: its first index not yet served. */
    public static int offset(ScrollSubrange subrange) {
        ScrollPosition position = subrange.position().orElse(ScrollPosition.offset());
        if (!(position instanceof OffsetScrollPosition offset)) {
            throw OpaqueCursors.malformed();
        }
        return offset.isInitial() ? 0 : Math.toIntExact(offset.getOffset() + 1);
    }

    /** The cursor of the event at {@code seq} of the audit chain, as every subscription event carries it. */
    public static String ofSeq(long seq) {
        return CURSORS.toCursor(ScrollPosition.forward(Map.of(SEQ, seq)));
    }

    /** The seq a subscription cursor stands for; anything but such a cursor is refused as malformed. */
    public static long seqOf(String cursor) {
        if (CURSORS.fromCursor(cursor) instanceof KeysetScrollPosition keyset && keyset.getKeys().size() == 1
                && keyset.getKeys().get(SEQ) instanceof Long seq && seq >= 0) {
            return seq;
        }
        throw OpaqueCursors.malformed();
    }

    private static boolean matches(Map<String, ?> actual, List<Key> expected) {
        return actual.size() == expected.size()
                && expected.stream().allMatch(key -> key.type().isInstance(actual.get(key.property())));
    }
}
