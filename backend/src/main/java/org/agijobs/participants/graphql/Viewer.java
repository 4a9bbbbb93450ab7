package org.agijobs.participants.graphql;

import java.util.List;

import org.agijobs.participants.Participant;
import org.agijobs.platform.security.Role;

/** The caller as GraphQL shows it: the stored profile and the roles of the current token. */
record Viewer(Participant participant, List<Role> roles) {
}
