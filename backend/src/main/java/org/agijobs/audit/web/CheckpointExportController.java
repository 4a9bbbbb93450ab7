package org.agijobs.audit.web;

import org.agijobs.audit.AuditCheckpoint;
import org.agijobs.audit.AuditCheckpoints;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Callers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /audit/checkpoints/latest}: the newest signed checkpoint as its bare compact JWS
 * ({@code application/jose}, RFC 7515), the text a third party stores as it is. Owners and integrators, as the
 * export; before the first checkpoint a 404.
 */
@RestController
class CheckpointExportController {

    static final String PATH = "/audit/checkpoints/latest";
    static final MediaType JOSE = MediaType.parseMediaType("application/jose");

    private final AuditCheckpoints checkpoints;

    CheckpointExportController(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping(PATH)
    ResponseEntity<String> latest(Authentication authentication) {
        AuditCheckpoint latest = checkpoints.latest(Callers.callerOf(authentication))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No checkpoint has been issued yet"));
        return ResponseEntity.ok().contentType(JOSE).body(latest.jws());
    }
}
