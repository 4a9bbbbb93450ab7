package org.agijobs.portal.governance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One {@code ProposalActionInput} per action, as the proposal form's rows fill it in: exactly one field set,
 * named as the API names it. Text goes as the owner typed it (stripped of surrounding blanks), so the backend
 * judges every value and names the field at fault. {@code cancelJob} and {@code spawnJob} follow the contract
 * agreed for the backend's next actions; they travel only in variables, so the document stays valid either way.
 */
public final class ProposalActions {

    private ProposalActions() {
    }

    public static Map<String, Object> setParameter(String parameter, String value) {
        return action("setParameter", Map.of("parameter", parameter.strip(), "value", value.strip()));
    }

    public static Map<String, Object> addCouncilMember(String participantId) {
        return action("addCouncilMember", Map.of("participant", participantId.strip()));
    }

    public static Map<String, Object> removeCouncilMember(String subject) {
        return action("removeCouncilMember", Map.of("subject", subject.strip()));
    }

    public static Map<String, Object> bumpTerms() {
        return action("bumpTerms", true);
    }

    public static Map<String, Object> blacklist(String participantId, String reason) {
        return action("blacklist", Map.of("participant", participantId.strip(), "reason", reason.strip()));
    }

    public static Map<String, Object> unblacklist(String participantId, String reason) {
        return action("unblacklist", Map.of("participant", participantId.strip(), "reason", reason.strip()));
    }

    public static Map<String, Object> withdrawTreasury(String amount, String destination) {
        return action("withdrawTreasury", Map.of("amount", amount.strip(), "destination", destination.strip()));
    }

    public static Map<String, Object> cancelJob(String jobId, String reason) {
        return action("cancelJob", Map.of("job", jobId.strip(), "reason", reason.strip()));
    }

    /** A blank description is left out (it is optional); a missing deadline goes as "" for the backend to refuse. */
    public static Map<String, Object> spawnJob(String title, String description, String reward,
                                               @Nullable Instant deadline) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", title.strip());
        if (!description.isBlank()) {
            job.put("description", description.strip());
        }
        job.put("reward", reward.strip());
        job.put("deadline", deadline == null ? "" : deadline.toString());
        return action("spawnJob", job);
    }

    private static Map<String, Object> action(String field, Object value) {
        return Map.of(field, value);
    }
}
