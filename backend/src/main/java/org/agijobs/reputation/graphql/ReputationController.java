package org.agijobs.reputation.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobService;
import org.agijobs.participants.Participant;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Caller;
import org.agijobs.reputation.Reputation;
import org.agijobs.reputation.ReputationChange;
import org.agijobs.reputation.ReputationService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** reputation.graphqls: thin calls into {@link ReputationService}; nested fields load in batches. */
@Controller
class ReputationController {

    static final int DEFAULT_HISTORY = 20;
    /** The global id type of participants, as the participants module encodes it. */
    static final String PARTICIPANT_TYPE = "Participant";

    private final ReputationService reputations;
    private final JobService jobs;

    ReputationController(ReputationService reputations, JobService jobs) {
        this.reputations = reputations;
        this.jobs = jobs;
    }

    @QueryMapping
    List<ReputationChange> reputationHistory(@Argument String participant, @Argument Integer first,
                                             Caller caller) {
        int limit = first == null ? DEFAULT_HISTORY : first;
        UUID id = GlobalId.argument(participant, PARTICIPANT_TYPE, "participant").orElse(null);
        return reputations.history(caller, id, limit);
    }

    /** One page of participants loads its reputations with two queries. */
    @BatchMapping(typeName = "Participant", field = "reputation")
    Map<Participant, Reputation> reputation(List<Participant> participants) {
        Map<UUID, Reputation> byId = reputations.reputationsOf(
                participants.stream().map(Participant::getId).collect(Collectors.toSet()));
        Map<Participant, Reputation> result = new LinkedHashMap<>();
        participants.forEach(participant -> result.put(participant, byId.get(participant.getId())));
        return result;
    }

    @SchemaMapping(typeName = "Reputation", field = "employerScore")
    Double employerScore(Reputation reputation) {
        return reputation.employerScore().map(score -> score.doubleValue()).orElse(null);
    }

    @BatchMapping(typeName = "ReputationChange", field = "job")
    Map<ReputationChange, JobView> job(List<ReputationChange> changes) {
        Set<UUID> ids = changes.stream().map(ReputationChange::jobId).collect(Collectors.toSet());
        Map<UUID, JobView> found = jobs.findAll(ids);
        Map<ReputationChange, JobView> result = new LinkedHashMap<>();
        changes.forEach(change -> result.put(change, found.get(change.jobId())));
        return result;
    }
}
