package org.agijobs.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.internal.Job;
import org.agijobs.jobs.internal.JobRepository;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the validation, dispute and settlement modules move a job on, in their own transactions: they lock the
 * job's row first (so they queue behind any other command on it) and get a {@link JobView} of it, then call one
 * outcome here, which drives the aggregate's guard, makes the same-transaction reactions through their ports and
 * publishes the job's event, once per state change. The commands, who calls them and their events:
 * {@code jobs/LIFECYCLE.md}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class JobOutcomes {

    private final JobRepository jobs;
    private final ChallengeWindowOpener challengeWindows;
    private final ModeratorQueue moderators;
    private final ApplicationEventPublisher events;

    JobOutcomes(JobRepository jobs, ChallengeWindowOpener challengeWindows, ModeratorQueue moderators,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.challengeWindows = challengeWindows;
        this.moderators = moderators;
        this.events = events;
    }

    /** The job with its row locked until the transaction ends. */
    public Optional<JobView> lock(UUID jobId) {
        return jobs.findForUpdate(jobId).map(JobView.class::cast);
    }

    /** Like {@link #lock} but a missing job is {@code NOT_FOUND} on {@code field}. */
    public JobView lockExisting(UUID jobId, String field) {
        return lock(jobId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field, "No job with this id"));
    }

    /** The tally decided: the job is COMPLETED and its challenge window opens. */
    public void complete(JobView view, boolean approved, Instant now, Instant challengeEnds) {
        Job job = locked(view);
        job.completeValidation(approved, now, challengeEnds);
        challengeWindows.open(job.getId(), challengeEnds);
        events.publishEvent(new ValidationCompleted(job.getId(), job.getEmployerId(), job.getAgentId(), approved,
                challengeEnds, now));
    }

    /** Validation could not decide: the job is DISPUTED and joins the moderators' queue. */
    public void escalate(JobView view, EscalationReason reason, Instant now) {
        Job job = locked(view);
        job.escalate(reason, now);
        moderators.enqueue(job.getId(), reason, now);
        events.publishEvent(new JobEscalated(job.getId(), job.getEmployerId(), job.getAgentId(), reason, now));
    }

    public void dispute(JobView view, UUID raisedBy, Instant now) {
        Job job = locked(view);
        job.dispute(now);
        events.publishEvent(new JobDisputed(job.getId(), job.getEmployerId(), job.getAgentId(), raisedBy, now));
    }

    /**
     * The settlement's one change of the job: FINALIZED with its outcome. Refused (before the settlement moves any
     * money) unless the job may finalize and, for a success, every sub-job is final.
     *
     * @throws DomainException {@code INVALID_STATE}
     */
    public void finalizeSettlement(JobView view, boolean success, Instant now) {
        Job job = locked(view);
        job.requireState(JobCommand.FINALIZE);
        if (success && hasUnsettledChildren(job)) {
            throw new DomainException(ErrorCode.INVALID_STATE,
                    "A job cannot settle as a success while one of its sub-jobs is unsettled");
        }
        job.finalizeSettlement(success, now);
        events.publishEvent(new JobFinalized(job.getId(), job.getEmployerId(), job.getAgentId(), success, now));
    }

    /**
     * The aggregate behind a view from {@link #lock}: already in this transaction's persistence context, so no
     * second read; a view from anywhere else is refused rather than changed without its lock.
     */
    private Job locked(JobView view) {
        return jobs.findById(view.getId()).filter(job -> job == view).orElseThrow(() ->
                new IllegalStateException("Job " + view.getId() + " was not locked in this transaction"));
    }

    private boolean hasUnsettledChildren(Job job) {
        return jobs.findByParentIdInOrderByCreatedAtAscIdAsc(List.of(job.getId())).stream()
                .anyMatch(child -> !child.getState().isFinal());
    }

    /** A step within the job's current phase, for subscribers. */
    public void announce(JobView job, JobPhaseChanged.JobPhase phase, Instant now) {
        events.publishEvent(JobPhaseChanged.of(job, phase, now));
    }
}
