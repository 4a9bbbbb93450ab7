package org.agijobs.portal.profile;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The backend's {@code Participant}, as far as the profile shows it. */
public record Participant(
        String id,
        String handle,
        String displayName,
        String agentType,
        List<String> skills,
        @Nullable String profileUri,
        int policyVersionAcknowledged,
        boolean blacklisted,
        OffsetDateTime createdAt) {
}
