package org.agijobs.disputes.graphql;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.agijobs.disputes.Dispute;
import org.agijobs.disputes.DisputeService;
import org.agijobs.jobs.JobDisputed;
import org.agijobs.jobs.JobEscalated;
import org.agijobs.jobs.JobEvent;
import org.agijobs.jobs.JobFinalized;
import org.agijobs.jobs.JobPhaseChanged;
import org.agijobs.jobs.JobPhaseChanged.JobPhase;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedStream;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code disputeEvents}: disputes raised, escalations to a moderator, evidence added and the settlement of a
 * disputed job, from every instance. Moderators and owners (who work the queue, as {@code openDisputes}) see every
 * dispute; any other role only the disputes of its own jobs, as employer or agent.
 */
@Controller
class DisputeEventsController {

    private final FeedStream<JobEvent> stream;
    private final DisputeService disputes;
    private final ParticipantService participants;

    DisputeEventsController(EventFeed feed, DisputeService disputes, ParticipantService participants) {
        this.stream = FeedStream.of(feed, JobEvent.class);
        this.disputes = disputes;
        this.participants = participants;
    }

    @SubscriptionMapping
    Flux<Delivered<JobEvent>> disputeEvents(@Argument @Nullable String after, Caller caller) {
        Authorization.requireSomeRole(caller);
        boolean moderates = caller.has(Role.MODERATOR) || caller.has(Role.OWNER);
        UUID me = participants.profileOf(caller).getId();
        return stream.after(after)
                .filter(delivered -> moderates || me.equals(delivered.event().employerId())
                        || me.equals(delivered.event().agentId()))
                .filterWhen(delivered -> isDisputeEvent(delivered));
    }

    private Mono<Boolean> isDisputeEvent(Delivered<JobEvent> delivered) {
        return switch (delivered.event()) {
            case JobDisputed disputed -> Mono.just(true);
            case JobEscalated escalated -> Mono.just(true);
            case JobPhaseChanged changed -> Mono.just(changed.phase() == JobPhase.EVIDENCE_ADDED);
            // The ruling settles the job: its finalization is the dispute's end, read once per event and instance.
            case JobFinalized finalized -> Mono.fromCallable(() -> dispute(delivered).isPresent())
                    .subscribeOn(Schedulers.boundedElastic());
            default -> Mono.just(false);
        };
    }

    private Optional<Dispute> dispute(Delivered<JobEvent> delivered) {
        UUID job = delivered.event().jobId();
        return delivered.shared("dispute", () -> disputes.disputes(Set.of(job)).get(job));
    }

    /** How many subscriptions are listening on this instance now. */
    int subscribers() {
        return stream.subscribers();
    }

    @PreDestroy
    void close() {
        stream.close();
    }
}
