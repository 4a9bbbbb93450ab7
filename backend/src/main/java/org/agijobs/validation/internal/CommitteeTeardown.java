package org.agijobs.validation.internal;

import java.time.Instant;

import org.agijobs.jobs.JobTeardown;
import org.agijobs.jobs.JobView;
import org.agijobs.platform.scheduling.Deadlines;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.ValidationReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cancelled job's committee: an untallied vote ends CANCELLED and its deadline goes; every member's lock is
 * freed whole (also after a tally, since locks last until settlement). Nobody is penalised, banned or rewarded.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CommitteeTeardown implements JobTeardown {

    private final CommitteeStore committees;
    private final StakeService staking;
    private final Deadlines deadlines;

    CommitteeTeardown(CommitteeStore committees, StakeService staking, Deadlines deadlines) {
        this.committees = committees;
        this.staking = staking;
        this.deadlines = deadlines;
    }

    @Override
    public void tearDown(JobView job, Instant now) {
        committees.find(job.getId()).ifPresent(committee -> {
            committees.cancelVote(job.getId());
            deadlines.cancel(ValidationDeadlineRunner.KIND, job.getId());
            for (CommitteeMember member : committee.members()) {
                staking.release(member.validatorId(), StakeRole.VALIDATOR, ValidationReferences.lockOf(job.getId()));
            }
        });
    }
}
