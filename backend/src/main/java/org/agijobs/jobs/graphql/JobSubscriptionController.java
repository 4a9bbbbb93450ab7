package org.agijobs.jobs.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.ResultSubmitted;
import org.agijobs.jobs.ValidationRequested;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code jobEvents}, {@code myJobEvents} and {@code matchingJobEvents}: committed state changes, filtered per subscriber. */
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
    Flux<JobEvent> jobEvents(@Argument String jobId, Caller caller) {
        Authorization.requireSomeRole(caller);
        UUID id = JobInputs.jobId(jobId);
        return stream.events().filter(event -> event.jobId().equals(id));
    }

    @SubscriptionMapping
    Flux<JobEvent> myJobEvents(Caller caller) {
        Authorization.requireSomeRole(caller);
        UUID me = participants.profileOf(caller).getId();
        return stream.events().filter(event -> me.equals(event.employerId()) || me.equals(event.agentId()));
    }

    /**
     * The fit is read per event from the job's row, off the publishing thread: that thread is the committing
     * command's, which must not wait on one subscriber's query.
     */
    @SubscriptionMapping
    Flux<JobEvent> matchingJobEvents(Caller caller) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        Participant agent = participants.profileOf(caller);
        return stream.events()
                .filter(event -> event instanceof JobCreated || event instanceof AgentAssigned
                        || event instanceof JobCancelled)
                .filterWhen(event -> Mono.fromCallable(() -> jobs.fits(event.jobId(), agent))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @SchemaMapping(typeName = "JobEvent", field = "type")
    String type(JobEvent event) {
        return switch (event) {
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

    @SchemaMapping(typeName = "JobEvent", field = "at")
    Instant at(JobEvent event) {
        return event.at();
    }

    @BatchMapping(typeName = "JobEvent", field = "job")
    Map<JobEvent, JobView> job(List<JobEvent> events) {
        Map<UUID, JobView> found = jobs.findAll(events.stream().map(JobEvent::jobId).collect(Collectors.toSet()));
        return events.stream().filter(event -> found.containsKey(event.jobId()))
                .collect(Collectors.toMap(Function.identity(), event -> found.get(event.jobId()), (a, b) -> a));
    }
}
