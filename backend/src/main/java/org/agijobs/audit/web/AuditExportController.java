package org.agijobs.audit.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.AuditFilter;
import org.agijobs.audit.AuditSubjectType;
import org.agijobs.audit.AuditTrail;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /audit/events.jsonl}: the sealed trail as JSON Lines, one event per line in seq order, with exactly
 * the values the chain hash covers, so that anyone holding an export recomputes every link without the platform.
 * The caller and the parameters are checked before the first byte is written, so a refusal is a plain 403 or 400
 * and not a broken stream; the events are then written as they are read, a page at a time.
 */
@RestController
class AuditExportController {

    static final String PATH = "/audit/events.jsonl";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditExportController(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @GetMapping(PATH)
    ResponseEntity<StreamingResponseBody> export(Authentication authentication,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @Nullable String fromSeq,
            @RequestParam(required = false) @Nullable String toSeq) {
        AuditFilter filter = new AuditFilter(type, actor, subjectTypeOf(subjectType), uuidOf(subjectId), null, null);
        Iterable<AuditEvent> events = trail.sealedEvents(Callers.callerOf(authentication), filter,
                seqOf("fromSeq", fromSeq), seqOf("toSeq", toSeq));
        StreamingResponseBody body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            for (AuditEvent event : events) {
                writer.write(json.writeValueAsString(line(event)));
                writer.write('\n');
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    /**
     * One line: the chain's fields first, then the hashed content in the order the hash takes it. The payload is
     * the stored text, not re-encoded JSON, because the hash covers that exact text.
     */
    private static Map<String, @Nullable Object> line(AuditEvent event) {
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        line.put("seq", event.seq());
        line.put("prevHash", event.prevHash());
        line.put("hash", event.hash());
        line.put("id", event.id());
        line.put("type", event.type());
        line.put("actor", event.actor());
        line.put("occurredAt", event.occurredAt().toString());
        line.put("subjectType", event.subjectType() == null ? null : event.subjectType().name());
        line.put("subjectId", event.subjectId() == null ? null : event.subjectId().toString());
        line.put("payload", event.payload());
        return line;
    }

    private static @Nullable AuditSubjectType subjectTypeOf(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return AuditSubjectType.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "subjectType", "Unknown subject type " + value);
        }
    }

    private static @Nullable UUID uuidOf(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "subjectId", "Not a UUID: " + value);
        }
    }

    private static @Nullable Long seqOf(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException malformed) {
            throw new DomainException(ErrorCode.INVALID_INPUT, name, "Not a whole number: " + value);
        }
    }
}
