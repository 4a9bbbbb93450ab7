package org.agijobs.jobs.graphql;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.AgentAssigned;
import org.agijobs.jobs.JobCancelled;
import org.agijobs.jobs.JobCreated;
import org.agijobs.jobs.JobEvent;
import org.agijobs.jobs.JobExpired;
import org.agijobs.jobs.JobPhaseChanged;
import org.agijobs.jobs.ValidationCompleted;
import org.agijobs.jobs.JobEscalated;
import org.agijobs.jobs.JobDisputed;
import org.agijobs.jobs.JobFinalized;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.ResultSubmitted;
import org.agijobs.jobs.ValidationRequested;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.graphql.InMemory;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code jobEvents}, {@code myJobEvents} and {@code matchingJobEvents}: committed state changes from every instance,
 * each with its cursor, filtered per subscriber and resumable after a cursor.
 */
@Controller
class JobSubscriptionController {

    private final JobEventStream stream;
    private final JobService jobs;
    private final ParticipantService participants;

    JobSubscriptionController(JobEventStream stream, JobService jobs, ParticipantService participants) {
        this.stream = stream;
        this.jobs = jobs;
        this.participants = participants;
    }

    @SubscriptionMapping
    Flux<Delivered<JobEvent>> jobEvents(@Argument String jobId, @Argument @Nullable String after, Caller caller) {
        Authorization.requireSomeRole(caller);
        UUID id = JobInputs.jobId(jobId);
        return stream.events(after).filter(delivered -> delivered.event().jobId().equals(id));
    }

    @SubscriptionMapping
    Flux<Delivered<JobEvent>> myJobEvents(@Argument @Nullable String after, Caller caller) {
        Authorization.requireSomeRole(caller);
        UUID me = participants.profileOf(caller).getId();
        return stream.events(after).filter(delivered -> me.equals(delivered.event().employerId())
                || me.equals(delivered.event().agentId()));
    }

    /**
     * The fit is read per event from the job's row, off the feed's thread: that thread delivers every
     * subscriber's events and must not wait on one subscriber's query.
     */
    @SubscriptionMapping
    Flux<Delivered<JobEvent>> matchingJobEvents(@Argument @Nullable String after, Caller caller) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        Participant agent = participants.profileOf(caller);
        return stream.events(after)
                .filter(delivered -> delivered.event() instanceof JobCreated
                        || delivered.event() instanceof AgentAssigned || delivered.event() instanceof JobCancelled)
                .filterWhen(delivered -> Mono.fromCallable(() -> jobs.fits(delivered.event().jobId(), agent))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @InMemory
    @SchemaMapping(typeName = "JobEvent", field = "type")
    String type(Delivered<JobEvent> delivered) {
        return switch (delivered.event()) {
            case JobCreated created -> "JOB_CREATED";
            case AgentAssigned assigned -> "AGENT_ASSIGNED";
            case JobCancelled cancelled -> "JOB_CANCELLED";
            case ResultSubmitted submitted -> "RESULT_SUBMITTED";
            case ValidationRequested requested -> "VALIDATION_REQUESTED";
            case JobExpired expired -> "JOB_EXPIRED";
            case JobPhaseChanged changed -> changed.phase().name();
            case ValidationCompleted completed -> "VALIDATION_COMPLETED";
            case JobEscalated escalated -> "ESCALATED_TO_MODERATOR";
            case JobDisputed disputed -> "DISPUTE_RAISED";
            case JobFinalized finalized -> "JOB_FINALIZED";
        };
    }

    @InMemory
    @SchemaMapping(typeName = "JobEvent", field = "state")
    JobState state(Delivered<JobEvent> delivered) {
        return delivered.event().state();
    }

    @InMemory
    @SchemaMapping(typeName = "JobEvent", field = "at")
    Instant at(Delivered<JobEvent> delivered) {
        return delivered.event().at();
    }

    @InMemory
    @SchemaMapping(typeName = "JobEvent", field = "cursor")
    String cursor(Delivered<JobEvent> delivered) {
        return delivered.cursor();
    }

    /**
     * Read once per event and instance, however many subscribers receive it (they all get the same delivery):
     * a batch per subscriber would still be one query each. Fields of the job that depend on the caller are
     * resolved per subscriber from it.
     */
    @InMemory
    @SchemaMapping(typeName = "JobEvent", field = "job")
    @Nullable JobView job(Delivered<JobEvent> delivered) {
        UUID id = delivered.event().jobId();
        return delivered.shared("job", () -> jobs.findAll(Set.of(id)).get(id)).orElse(null);
    }
}
