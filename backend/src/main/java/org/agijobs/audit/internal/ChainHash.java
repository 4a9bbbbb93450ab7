package org.agijobs.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.agijobs.audit.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * The link of one event: {@code SHA-256(prevHash || content)} in hex, where the content is every recorded column
 * and the event's seq, each written as {@code length:value;} (null as {@code -1:;}) so that no two rows share a
 * spelling. The payload is hashed as PostgreSQL prints the stored jsonb, which is normalized, so sealing and
 * verifying read the same text.
 */
public final class ChainHash {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String prevHash, long seq, AuditEvent event) {
        StringBuilder content = new StringBuilder(prevHash);
        field(content, Long.toString(event.id()));
        field(content, Long.toString(seq));
        field(content, event.type());
        field(content, event.actor());
        field(content, event.occurredAt().toString());
        field(content, event.subjectType() == null ? null : event.subjectType().name());
        field(content, event.subjectId() == null ? null : event.subjectId().toString());
        field(content, event.payload());
        return sha256(content.toString());
    }

    private static void field(StringBuilder content, @Nullable String value) {
        if (value == null) {
            content.append("-1:;");
        } else {
            content.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
