package org.agijobs.support;

import java.util.UUID;

/** A participant as a test drives it: its bearer token, its token subject, its id and its global id. */
public record Participant(String token, String subject, UUID id, String globalId) {
}
