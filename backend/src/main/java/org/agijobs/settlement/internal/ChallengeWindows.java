package org.agijobs.settlement.internal;

import java.time.Instant;
import java.util.UUID;

import org.agijobs.jobs.ChallengeWindowOpener;
import org.agijobs.jobs.JobTeardown;
import org.agijobs.jobs.JobView;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens each challenge window: the job's {@code job-settlement} deadline (see {@link ChallengeWindowRunner}) at
 * its end, scheduled in the tally's transaction, moved with the window when a FULL pause's resume extends it, and
 * dropped when a proposal cancels the job.
 */
@Component
class ChallengeWindows implements ChallengeWindowOpener, JobTeardown {

    private final Deadlines deadlines;

    ChallengeWindows(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(UUID jobId, Instant endsAt) {
        deadlines.schedule(ChallengeWindowRunner.KIND, jobId, endsAt);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void extend(UUID jobId, Instant endsAt) {
        deadlines.reschedule(ChallengeWindowRunner.KIND, jobId, endsAt);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void tearDown(JobView job, Instant now) {
        deadlines.cancel(ChallengeWindowRunner.KIND, job.getId());
    }
}
