package org.agijobs.platform.graphql;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * The cursors of every connection: base64url (no padding) of a version byte, then either an offset ({@code o},
 * 8 bytes) or a keyset ({@code k}: up to {@link #MAX_KEYS} pairs of a property name and a typed value, an instant,
 * a UUID or a long). Spring GraphQL's default writes JSON with Java class names and parses whatever it gets; this
 * one is short, says nothing about the code, and decodes strictly: a bounded length, the exact bytes it writes and
 * nothing after them. Anything else is refused as an {@code INVALID_INPUT} on {@code after}, a {@code BAD_REQUEST}
 * for the caller, before any query runs.
 */
final class OpaqueCursors implements CursorStrategy<ScrollPosition> {

    static final String FIELD = "after";
    static final int MAX_LENGTH = 200;
    static final int MAX_KEYS = 4;
    /** Far beyond any list paged by offset here; keeps {@code offset + 1} and page arithmetic from overflowing. */
    static final long MAX_OFFSET = 1_000_000;
    private static final byte VERSION = 1;
    private static final byte OFFSET = 'o';
    private static final byte KEYSET = 'k';
    private static final byte INSTANT = 't';
    private static final byte ID = 'u';
    private static final byte LONG = 'l';
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    @Override
    public boolean supports(Class<?> targetType) {
        return ScrollPosition.class.isAssignableFrom(targetType);
    }

    @Override
    public String toCursor(ScrollPosition position) {
        ByteBuffer bytes = ByteBuffer.allocate(2 + MAX_KEYS * (1 + 32 + 1 + 16)).put(VERSION);
        switch (position) {
            case OffsetScrollPosition offset when !offset.isInitial() -> bytes.put(OFFSET).putLong(offset.getOffset());
            case KeysetScrollPosition keyset -> keyset(bytes.put(KEYSET), keyset.getKeys());
            default -> throw new IllegalArgumentException("No cursor for " + position);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(bytes.array(), bytes.position()));
    }

    @Override
    public ScrollPosition fromCursor(String cursor) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH || !BASE64URL.matcher(cursor).matches()) {
            throw malformed();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            if (bytes.get() != VERSION) {
                throw malformed();
            }
            ScrollPosition position = switch (bytes.get()) {
                case OFFSET -> offset(bytes.getLong());
                case KEYSET -> ScrollPosition.forward(keys(bytes));
                default -> throw malformed();
            };
            // Only the exact text toCursor writes: no trailing bytes, no second spelling of the same position.
            if (bytes.hasRemaining() || !toCursor(position).equals(cursor)) {
                throw malformed();
            }
            return position;
        } catch (IllegalArgumentException | BufferUnderflowException | DateTimeException notOurs) {
            throw malformed();
        }
    }

    private static void keyset(ByteBuffer bytes, Map<String, ?> keys) {
        if (keys.isEmpty() || keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("A keyset cursor has 1 to " + MAX_KEYS + " keys: " + keys.keySet());
        }
        bytes.put((byte) keys.size());
        keys.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a property name for a cursor: " + name);
            }
            byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
            bytes.put((byte) ascii.length).put(ascii);
            switch (value) {
                case Instant instant -> bytes.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
                case UUID id -> bytes.put(ID).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
                case Long number -> bytes.put(LONG).putLong(number);
                default -> throw new IllegalArgumentException("No cursor encoding for the key " + name + ": " + value);
            }
        });
    }

    private static Map<String, Object> keys(ByteBuffer bytes) {
        int count = bytes.get();
        if (count < 1 || count > MAX_KEYS) {
            throw malformed();
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int length = bytes.get();
            if (length < 1 || length > 32) {
                throw malformed();
            }
            byte[] ascii = new byte[length];
            bytes.get(ascii);
            String name = new String(ascii, StandardCharsets.US_ASCII);
            Object value = switch (bytes.get()) {
                case INSTANT -> instant(bytes.getLong(), bytes.getInt());
                case ID -> new UUID(bytes.getLong(), bytes.getLong());
                case LONG -> bytes.getLong();
                default -> throw malformed();
            };
            if (!NAME.matcher(name).matches() || keys.put(name, value) != null) {
                throw malformed();
            }
        }
        return keys;
    }

    private static Instant instant(long seconds, int nanos) {
        if (nanos < 0 || nanos > 999_999_999) {
            throw malformed();
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static OffsetScrollPosition offset(long offset) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw malformed();
        }
        return ScrollPosition.offset(offset);
    }

    static DomainException malformed() {
        return new DomainException(ErrorCode.INVALID_INPUT, FIELD, "Not a cursor of this list");
    }
}
