/**
 * Participants: the profile the platform keeps for each Keycloak user or service account, created on first
 * authenticated use. Roles are not kept here: they come from the token.
 */
@ApplicationModule(displayName = "Participants")
package org.agijobs.participants;

import org.springframework.modulith.ApplicationModule;
