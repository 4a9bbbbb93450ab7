/**
 * Cross-cutting infrastructure that every business module may use: security (the caller, its roles, role
 * checks), GraphQL plumbing (scalars, global ids, limits, domain errors), mutation plumbing (idempotency keys,
 * retries, payloads with user errors) and the clock. It depends on no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.agijobs.platform;

import org.springframework.modulith.ApplicationModule;
