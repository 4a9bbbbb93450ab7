package org.agijobs.portal.governance;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One {@code ProposalActionInput} per action, as the proposal form's rows fill it in: exactly one field set,
 * named as the API names it. Text goes as the owner typed it (stripped of surrounding blanks), so the backend
 * judges every value and names the field at fault.
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

    /** A job to spawn as the form holds it; blank optional fields are left out, skills split at commas. */
    public record SpawnDraft(String title, String description, String reward, @Nullable Instant deadline,
                             String skills, @Nullable String agentTypes, String preferredAgent) {
    }

    public static Map<String, Object> spawnJob(String title, String description, String reward,
                                               @Nullable Instant deadline) {
        return spawnJob(new SpawnDraft(title, description, reward, deadline, "", null, ""));
    }

    /** A missing deadline goes as "" (the form refuses it before sending; see {@code ActionRow.complete}). */
    public static Map<String, Object> spawnJob(SpawnDraft draft) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", draft.title().strip());
        if (!draft.description().isBlank()) {
            job.put("description", draft.description().strip());
        }
        job.put("reward", draft.reward().strip());
        job.put("deadline", draft.deadline() == null ? "" : draft.deadline().toString());
        List<String> skills = Arrays.stream(draft.skills().split(",")).map(String::strip)
                .filter(skill -> !skill.isEmpty()).toList();
        if (!skills.isEmpty()) {
            job.put("requiredSkills", skills);
        }
        if (draft.agentTypes() != null && !draft.agentTypes().isBlank()) {
            job.put("agentTypesAllowed", draft.agentTypes());
        }
        if (!draft.preferredAgent().isBlank()) {
            job.put("preferredAgent", draft.preferredAgent().strip());
        }
        return action("spawnJob", job);
    }

    private static Map<String, Object> action(String field, Object value) {
        return Map.of(field, value);
    }
}
