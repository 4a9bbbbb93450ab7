package org.agijobs.participants;

import java.util.UUID;

/** A participant's profile was created: the first authenticated use of a Keycloak user or service account. */
public record ParticipantRegistered(UUID participantId, String handle) {
}
