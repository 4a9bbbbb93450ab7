package org.agijobs.validation.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.JobDisputed;
import org.agijobs.jobs.JobEscalated;
import org.agijobs.jobs.JobEvent;
import org.agijobs.jobs.JobFinalized;
import org.agijobs.jobs.JobPhaseChanged;
import org.agijobs.jobs.ValidationCompleted;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.feed.Delivered;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedStream;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.validation.Committee;
import org.agijobs.validation.ValidationService;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import jakarta.annotation.PreDestroy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code myCommitteeEvents}: what happens to the jobs a validator sits on the committee of, from the draw to the
 * settlement, from every instance. The committee is read once per event and instance, off the feed's thread, and
 * each subscriber then only checks its own seat.
 */
@Controller
class CommitteeEventsController {

    private final FeedStream<JobEvent> stream;
    private final ValidationService validation;
    private final ParticipantService participants;

    CommitteeEventsController(EventFeed feed, ValidationService validation, ParticipantService participants) {
        this.stream = FeedStream.of(feed, JobEvent.class);
        this.validation = validation;
        this.participants = participants;
    }

    @SubscriptionMapping
    Flux<Delivered<JobEvent>> myCommitteeEvents(@Argument @Nullable String after, Caller caller) {
        Authorization.requireAnyOf(caller, Role.VALIDATOR);
        UUID me = participants.profileOf(caller).getId();
        return stream.after(after).filter(delivered -> afterTheDraw(delivered.event()))
                .filterWhen(delivered -> Mono.fromCallable(() -> committee(delivered)
                        .map(committee -> committee.member(me).isPresent()).orElse(false))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    /** The kinds of event that only a job with a committee has (an escalation may also come without one). */
    private static boolean afterTheDraw(JobEvent event) {
        return event instanceof JobPhaseChanged || event instanceof ValidationCompleted
                || event instanceof JobEscalated || event instanceof JobDisputed || event instanceof JobFinalized;
    }

    private Optional<Committee> committee(Delivered<JobEvent> delivered) {
        UUID job = delivered.event().jobId();
        return delivered.shared("committee", () -> validation.committeeOf(job).orElse(null));
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
