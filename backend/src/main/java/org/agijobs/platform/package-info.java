/**
 * Cross-cutting infrastructure that every business module may use: security (the caller and its roles),
 * GraphQL plumbing (scalars, global ids, limits) and the clock. It depends on no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.agijobs.platform;

import org.springframework.modulith.ApplicationModule;
