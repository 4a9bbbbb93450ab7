package org.agijobs.settlement.internal;

import org.agijobs.jobs.ChallengeWindowExtended;
import org.agijobs.jobs.ValidationCompleted;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens each challenge window: the job's {@code job-settlement} deadline (see {@link ChallengeWindowRunner}) at
 * its end, scheduled in the tally's transaction, and moved with the window when a FULL pause's resume extends it.
 */
@Component
class ChallengeWindows {

    private final Deadlines deadlines;

    ChallengeWindows(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ValidationCompleted completed) {
        deadlines.schedule(ChallengeWindowRunner.KIND, completed.jobId(), completed.challengeEndsAt());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChallengeWindowExtended extended) {
        deadlines.reschedule(ChallengeWindowRunner.KIND, extended.jobId(), extended.challengeEndsAt());
    }
}
