package org.agijobs.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;

/**
 * Opaque global ids for {@code node(id:)}: base64url of {@code Type:uuid}. Clients must treat them as
 * opaque; the encoding lets one query fetch any object without knowing its type first.
 */
public record GlobalId(String type, UUID id) {

    /** Longer than any id {@link #encode} writes: a type name of up to 40 letters and a UUID. */
    static final int MAX_LENGTH = 120;
    private static final Pattern RAW = Pattern.compile(
            "([A-Z][A-Za-z]{0,39}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String of(String type, UUID id) {
        return new GlobalId(type, id).encode();
    }

    /**
     * The id of a {@code type} object given in the input field {@code field}; anything else (malformed, another
     * type's id, missing) is {@code NOT_FOUND} on that field.
     */
    public static UUID require(String text, String type, String field) {
        return decode(text == null ? "" : text).filter(id -> type.equals(id.type())).map(GlobalId::id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field,
                        "Not a " + type + " id: " + InputRules.quoted(text)));
    }

    /**
     * The id of a {@code type} object given in the query argument {@code argument}: empty for a well-formed id of
     * another type (which names no such object), and a refusal ({@code INVALID_INPUT}, a {@code BAD_REQUEST}
     * error) for text that is not a global id at all.
     */
    public static Optional<UUID> argument(String text, String type, String argument) {
        GlobalId id = argument(text, argument);
        return type.equals(id.type()) ? Optional.of(id.id()) : Optional.empty();
    }

    /** The global id given in the query argument {@code argument}, of any type; malformed text is refused. */
    public static GlobalId argument(String text, String argument) {
        return decode(text == null ? "" : text).orElseThrow(() -> new DomainException(ErrorCode.INVALID_INPUT,
                argument, "Not a global id: " + InputRules.quoted(text)));
    }

    /**
     * The decoded id, or empty when the text is not one of ours. Decoding is strict: the length is bounded first,
     * and only the exact text {@link #encode} writes is accepted, so each object has one id and no other text
     * reaches a lookup.
     */
    public static Optional<GlobalId> decode(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            Matcher parts = RAW.matcher(raw);
            if (!parts.matches()) {
                return Optional.empty();
            }
            GlobalId id = new GlobalId(parts.group(1), UUID.fromString(parts.group(2)));
            return id.encode().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
