/**
 * Participants: the profile the platform keeps for each Keycloak user or service account, created on first
 * authenticated use. Roles come from the token; the roles of the newest token seen are also recorded, for work
 * that runs without a token (committee draws).
 */
@ApplicationModule(displayName = "Participants")
package org.agijobs.participants;

import org.springframework.modulith.ApplicationModule;
