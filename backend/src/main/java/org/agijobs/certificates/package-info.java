/**
 * Certificates: when a job settles as a success, its agent gets a certificate (job, parties, spec and result
 * hashes, reward, settled-at) signed by the platform key as a JWS (ES256). Anyone verifies it offline with the
 * public key set at {@code /certificates/jwks.json}, or online with the {@code verifyCertificate} query, which
 * needs no token.
 */
@ApplicationModule(displayName = "Certificates")
package org.agijobs.certificates;

import org.springframework.modulith.ApplicationModule;
