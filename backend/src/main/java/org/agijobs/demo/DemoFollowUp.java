package org.agijobs.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.jobs.JobState;
import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteePhase;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The seeded people's later steps, each a persistent deadline (entity id {@code STEP:DEMOJOB:jobId}), so a restart
 * loses none: {@code REVEAL} when a job's reveal phase opens (the seeded validators reveal, which tallies the job
 * once the last vote is in), and {@code DELIVER} for {@link DemoJob#VOTING} once {@link DemoJob#SETTLING} has
 * settled and freed its validators' stake. A repeated run finds its work done and changes nothing.
 */
@Component
@Profile("demo & dev")
class DemoFollowUp extends DeadlineHandler {

    static final String KIND = "demo-market";
    /** A little after the commit window closes, so the reveal phase is open on every instance's clock. */
    static final Duration AFTER_PHASE = Duration.ofSeconds(5);
    /** How often a delivery that waits for free validators looks again. */
    static final Duration WAIT_FOR_VALIDATORS = Duration.ofMinutes(1);

    enum Step { REVEAL, DELIVER }

    private final DemoActs acts;
    private final Deadlines deadlines;
    private final Clock clock;

    DemoFollowUp(DemoActs acts, Deadlines deadlines, Clock clock) {
        super(KIND, Duration.ofMinutes(1));
        this.acts = acts;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Plans the seeded reveals of a job whose votes are committed. */
    void revealWhenThePhaseOpens(DemoJob job, Committee committee) {
        deadlines.schedule(KIND, id(Step.REVEAL, job, committee.jobId()), committee.commitEndsAt().plus(AFTER_PHASE));
    }

    /** Plans the delivery of {@link DemoJob#VOTING}, tried from {@code at} on until the validators are free. */
    void deliverVotingJob(UUID id, UUID waitsFor, Instant at) {
        deadlines.schedule(KIND, id(Step.DELIVER, DemoJob.VOTING, id) + ":" + waitsFor, at);
    }

    static String id(Step step, DemoJob job, UUID jobId) {
        return step + ":" + job + ":" + jobId;
    }

    @Override
    protected Next onDue(String id) {
        String[] parts = id.split(":");
        Step step = Step.valueOf(parts[0]);
        DemoJob job = DemoJob.valueOf(parts[1]);
        UUID jobId = UUID.fromString(parts[2]);
        return switch (step) {
            case REVEAL -> reveal(jobId);
            case DELIVER -> deliver(job, jobId, UUID.fromString(parts[3]));
        };
    }

    private Next reveal(UUID jobId) {
        Committee committee = acts.committee(jobId).orElse(null);
        if (committee == null) {
            return Next.done();
        }
        CommitteePhase phase = committee.phaseAt(clock.instant());
        if (phase == CommitteePhase.COMMIT) {
            return Next.at(committee.commitEndsAt().plus(AFTER_PHASE));
        }
        if (phase == CommitteePhase.REVEAL) {
            acts.revealSeededVotes(committee);
        }
        return Next.done();
    }

    private Next deliver(DemoJob job, UUID jobId, UUID waitsFor) {
        if (acts.state(jobId).orElse(null) != JobState.ASSIGNED) {
            return Next.done();
        }
        JobState before = acts.state(waitsFor).orElse(JobState.FINALIZED);
        if (before != JobState.FINALIZED && before != JobState.CANCELLED && before != JobState.EXPIRED) {
            return Next.after(WAIT_FOR_VALIDATORS);
        }
        acts.deliver(job, jobId);
        acts.commitSeededVotes(job, jobId).ifPresent(committee -> revealWhenThePhaseOpens(job, committee));
        return Next.done();
    }
}
