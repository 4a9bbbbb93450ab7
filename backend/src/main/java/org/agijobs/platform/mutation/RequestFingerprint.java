package org.agijobs.platform.mutation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON side of idempotency: a request's fingerprint and a response's stored form. The mapper is private
 * and fixed (sorted properties and keys, plain decimals) so that a change to the application's JSON settings
 * cannot make yesterday's key look like a different request.
 */
@Component
class RequestFingerprint {

    private final JsonMapper json = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * SHA-256 (hex) of the canonical JSON of {@code {"operation": <type name>, "request": <request>}}: the type
     * name keeps two operations whose inputs look alike from sharing a fingerprint.
     */
    String of(Object request) {
        byte[] canonical = json.writeValueAsString(
                Map.of("operation", request.getClass().getSimpleName(), "request", request))
                .getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    String write(@Nullable Object response) {
        return json.writeValueAsString(response);
    }

    <T> @Nullable T read(@Nullable String stored, Class<T> type) {
        return stored == null ? null : json.readValue(stored, type);
    }
}
