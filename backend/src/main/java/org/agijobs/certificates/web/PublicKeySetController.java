package org.agijobs.certificates.web;

import java.time.Duration;

import org.agijobs.certificates.CertificateService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /certificates/jwks.json}: the public keys that verify certificates, for anyone, without a token.
 * Public keys are no secret, so any web page may read them too, and caches may keep them for a few minutes.
 */
@RestController
class PublicKeySetController {

    static final String PATH = "/certificates/jwks.json";

    private final CertificateService certificates;

    PublicKeySetController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> publicKeySet() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(certificates.publicKeySet());
    }
}
