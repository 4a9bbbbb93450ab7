package org.agijobs.portal.profile;

import java.util.List;

/** The backend's answer to {@code me}: who the signed-in user is there, and with which roles. */
public record Viewer(Participant participant, List<String> roles) {
}
