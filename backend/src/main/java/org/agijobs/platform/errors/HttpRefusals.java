package org.agijobs.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal of the platform's plain HTTP endpoints (the audit export, the signed report), answered as GraphQL
 * answers it: {@code {"code", "field", "message"}}, with FORBIDDEN as 403, NOT_FOUND as 404 and every other code as
 * 400. Nothing was changed by the request.
 */
@RestControllerAdvice
class HttpRefusals {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, @Nullable Object>> refused(DomainException refusal) {
        HttpStatus status = switch (refusal.code()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.BAD_REQUEST;
        };
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("code", refusal.code().name());
        error.put("field", refusal.field());
        error.put("message", refusal.getMessage());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
