package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

class OpaqueCursorsTest {

    private static final Instant AT = Instant.parse("2026-11-23T18:00:00.123456Z");
    private static final UUID ID = UUID.fromString("0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60");

    private final OpaqueCursors cursors = new OpaqueCursors();

    @Test
    void aKeysetCursorRoundTripsInItsKeyOrder() {
        ScrollPosition position = ScrollPosition.forward(keys("createdAt", AT, "id", ID));

        ScrollPosition decoded = cursors.fromCursor(cursors.toCursor(position));

        assertThat(decoded).isInstanceOfSatisfying(KeysetScrollPosition.class, keyset -> {
            assertThat(keyset.getKeys()).containsExactly(Map.entry("createdAt", AT), Map.entry("id", ID));
            assertThat(keyset.scrollsForward()).isTrue();
        });
    }

    @Test
    void anOffsetCursorRoundTrips() {
        assertThat(cursors.fromCursor(cursors.toCursor(ScrollPosition.offset(41)))).isEqualTo(ScrollPosition.offset(41));
        assertThat(cursors.fromCursor(cursors.toCursor(ScrollPosition.offset(0)))).isEqualTo(ScrollPosition.offset(0));
    }

    @Test
    void aCursorIsShortAndNamesNoClass() {
        String cursor = cursors.toCursor(ScrollPosition.forward(keys("createdAt", AT, "id", ID)));
        String defaultCursor = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64())
                .toCursor(ScrollPosition.forward(keys("createdAt", AT, "id", ID)));

        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("java").doesNotContain("{").doesNotContain("Instant");
        assertThat(cursor.length()).isLessThan(80).isLessThan(defaultCursor.length());
        assertThat(new String(Base64.getDecoder().decode(defaultCursor), StandardCharsets.UTF_8)).contains("java.");
    }

    @Test
    void theDefaultStrategysCursorsAreRefused() {
        String old = CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64())
                .toCursor(ScrollPosition.forward(keys("createdAt", AT, "id", ID)));

        assertMalformed(old);
        assertMalformed(Base64.getEncoder().encodeToString("O_5".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "=", "AQ", "AQo", "AW8", "not a cursor", "AW8AAAAAAAAABQ==", "AW8AAAAAAAAABQ+",
            "AnAAAAAAAAAABQ", "AXgAAAAAAAAABQ"})
    void malformedTextIsRefused(String cursor) {
        assertMalformed(cursor);
    }

    @Test
    void onlyTheExactBytesItWritesAreAccepted() {
        String offset = cursors.toCursor(ScrollPosition.offset(5));
        byte[] raw = Base64.getUrlDecoder().decode(offset);

        assertMalformed(encode(ByteBuffer.allocate(raw.length + 1).put(raw).put((byte) 0).array()));
        assertMalformed(offset + "A");
        assertMalformed(offset.substring(0, offset.length() - 1));
        assertMalformed("x".repeat(OpaqueCursors.MAX_LENGTH + 1));
        assertMalformed(encode(ByteBuffer.allocate(10).put((byte) 1).put((byte) 'o').putLong(-2).array()));
        assertMalformed(encode(ByteBuffer.allocate(10).put((byte) 1).put((byte) 'o')
                .putLong(OpaqueCursors.MAX_OFFSET + 1).array()));
        assertMalformed(encode(ByteBuffer.allocate(10).put((byte) 1).put((byte) 'o').putLong(Long.MAX_VALUE).array()));
    }

    @Test
    void aForgedKeysetIsRefused() {
        assertMalformed(encode(keyset("id", (byte) 'u', 16, 2)));
        assertMalformed(encode(keyset("id", (byte) 'q', 8, 1)));
        assertMalformed(encode(keyset("Bad-name", (byte) 'l', 8, 1)));
        ByteBuffer badNanos = ByteBuffer.allocate(2 + 1 + 1 + 2 + 1 + 12).put((byte) 1).put((byte) 'k').put((byte) 1)
                .put((byte) 2).put("at".getBytes(StandardCharsets.US_ASCII)).put((byte) 't').putLong(0).putInt(-1);
        assertMalformed(encode(badNanos.array()));
        ByteBuffer twice = ByteBuffer.allocate(2 + 1 + 2 * (1 + 2 + 1 + 8)).put((byte) 1).put((byte) 'k').put((byte) 2);
        for (int i = 0; i < 2; i++) {
            twice.put((byte) 2).put("id".getBytes(StandardCharsets.US_ASCII)).put((byte) 'l').putLong(7);
        }
        assertMalformed(encode(twice.array()));
        assertMalformed(encode(ByteBuffer.allocate(3).put((byte) 1).put((byte) 'k').put((byte) 0).array()));
    }

    private void assertMalformed(String cursor) {
        assertThatThrownBy(() -> cursors.fromCursor(cursor)).as(cursor)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.field()).isEqualTo("after");
                });
    }

    /** One key whose value has {@code declared} keys but {@code valueBytes} bytes of value, e.g. a short UUID. */
    private static byte[] keyset(String name, byte tag, int valueBytes, int declared) {
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(3 + 1 + ascii.length + 1 + valueBytes).put((byte) 1).put((byte) 'k')
                .put((byte) declared).put((byte) ascii.length).put(ascii).put(tag).array();
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, Object> keys(String first, Object firstValue, String second, Object secondValue) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put(first, firstValue);
        keys.put(second, secondValue);
        return keys;
    }
}
