package org.agijobs.reports.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Callers;
import org.agijobs.reports.OperatorReports;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /reports/report.json}: the signed operator report. The body holds the compact JWS (what a reader
 * verifies), its key id, and the report itself as signed, byte for byte, for reading.
 */
@RestController
class ReportController {

    static final String PATH = "/reports/report.json";

    private final OperatorReports reports;
    private final JsonMapper json;

    ReportController(OperatorReports reports, JsonMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(Authentication authentication,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        OperatorReports.SignedReport signed = reports.report(Callers.callerOf(authentication),
                instantOf("from", from), instantOf("to", to));
        String body = "{\"keyId\":" + json.writeValueAsString(signed.keyId()) + ",\"jws\":"
                + json.writeValueAsString(signed.jws()) + ",\"report\":" + signed.payload() + "}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static @Nullable Instant instantOf(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new DomainException(ErrorCode.INVALID_INPUT, name, "Not an ISO-8601 instant: " + value);
        }
    }
}
