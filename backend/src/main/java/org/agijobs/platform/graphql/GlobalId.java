package org.agijobs.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque global ids for {@code node(id:)}: base64url of {@code Type:uuid}. Clients must treat them as
 * opaque; the encoding lets one query fetch any object without knowing its type first.
 */
public record GlobalId(String type, UUID id) {

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
                .orElseThrow(() -> new org.agijobs.platform.errors.DomainException(
                        org.agijobs.platform.errors.ErrorCode.NOT_FOUND, field, "Not a " + type + " id: " + text));
    }

    /** The decoded id, or empty when the text is not one of ours (an unknown id is not an error). */
    public static Optional<GlobalId> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new GlobalId(raw.substring(0, colon), UUID.fromString(raw.substring(colon + 1))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
