package org.agijobs.portal.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A job's life as dated steps, oldest first, from the instants the API records on the job, its committee, its
 * dispute and its settlement. Windows still ahead (the commit end, the challenge end) are listed as such, so the
 * employer sees what happens next and when.
 */
public final class JobTimeline {

    public record Step(Instant at, String what) {
    }

    private JobTimeline() {
    }

    public static List<Step> of(JobDetails.Job job, Instant now) {
        List<Step> steps = new ArrayList<>();
        add(steps, job.createdAt(), "Posted; " + job.escrow() + " held in escrow");
        add(steps, job.assignedAt(), job.agent() == null ? "Assigned" : "Assigned to " + job.agent().handle());
        add(steps, job.submittedAt(), "Result submitted");
        JobDetails.Committee committee = job.committee();
        if (committee != null && committee.members().isEmpty()) {
            add(steps, committee.drawnAt(), "No committee: too few eligible validators");
        } else if (committee != null) {
            add(steps, committee.drawnAt(), "Committee of " + committee.members().size() + " drawn");
            add(steps, committee.commitEndsAt(), windowEnd("Commit window", committee.commitEndsAt(), now));
            add(steps, committee.revealEndsAt(), windowEnd("Reveal window", committee.revealEndsAt(), now));
            add(steps, committee.talliedAt(), "Votes tallied" + (committee.outcome() == null ? ""
                    : ": " + committee.outcome()));
        }
        add(steps, job.completedAt(), Boolean.FALSE.equals(job.validationApproved())
                ? "Validation rejected the delivery" : "Validation completed");
        if (job.challengeEndsAt() != null && job.disputedAt() == null) {
            add(steps, job.challengeEndsAt(), windowEnd("Challenge window", job.challengeEndsAt(), now));
        }
        JobDetails.Dispute dispute = job.dispute();
        if (dispute != null) {
            add(steps, dispute.openedAt(), "Dispute opened" + (dispute.raisedBy() == null ? ""
                    : " by " + dispute.raisedBy().handle()));
            for (JobDetails.Evidence evidence : dispute.evidence()) {
                add(steps, evidence.addedAt(), "Evidence from " + evidence.author().handle() + " (" + evidence.role()
                        + ")");
            }
            add(steps, dispute.resolvedAt(), "Dispute ruled" + (dispute.ruling() == null ? ""
                    : ": " + dispute.ruling()));
        }
        JobDetails.Settlement settlement = job.settlement();
        if (settlement != null) {
            add(steps, settlement.settledAt(), (settlement.success() ? "Settled: agent paid " + settlement.agentPayout()
                    : "Settled: employer refunded " + settlement.employerRefund()));
        }
        add(steps, job.finalizedAt(), "Finalized");
        add(steps, job.cancelledAt(), "Cancelled" + (job.cancelReason() == null ? "" : ": " + job.cancelReason()));
        add(steps, job.expiredAt(), "Expired without a delivery");
        if (job.expiresAt() != null && job.submittedAt() == null && job.expiredAt() == null
                && job.cancelledAt() == null) {
            add(steps, job.expiresAt(), windowEnd("Delivery deadline", job.expiresAt(), now));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static String windowEnd(String window, Instant end, Instant now) {
        return window + (end.isAfter(now) ? " closes" : " closed");
    }

    private static void add(List<Step> steps, @Nullable Instant at, String what) {
        if (at != null) {
            steps.add(new Step(at, what));
        }
    }
}
