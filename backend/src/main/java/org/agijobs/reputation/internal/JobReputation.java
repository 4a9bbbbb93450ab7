package org.agijobs.reputation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import java.time.Instant;

import org.agijobs.jobs.AgentLosses;
import org.agijobs.platform.money.Money;
import org.agijobs.reputation.ReputationReason;
import org.agijobs.reputation.ReputationRole;
import org.agijobs.settlement.JobSettled;
import org.agijobs.settlement.SettlementRecorder;
import org.agijobs.settlement.JobSettled.ValidatorVerdict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves scores when a job ends, inside the transaction that settles or expires it: a reputation update fails with
 * the settlement or not at all. A repeated call changes nothing (see {@link ScoreKeeper}).
 *
 * <p>Rows are locked in one global order, the agent's score, then validators' scores by id, then the employer's
 * record, so that concurrent settlements sharing participants never deadlock on each other.
 */
@Component
class JobReputation implements SettlementRecorder, AgentLosses {

    private static final Comparator<ValidatorVerdict> BY_VALIDATOR = Comparator.comparing(ValidatorVerdict::validatorId);

    private final ScoreKeeper keeper;
    private final EmployerRecords employers;

    JobReputation(ScoreKeeper keeper, EmployerRecords employers) {
        this.keeper = keeper;
        this.employers = employers;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(JobSettled settled) {
        long points = ReputationFormula.points(settled.reward(), settled.assignedAt(), settled.submittedAt());
        if (settled.success()) {
            keeper.apply(settled.agentId(), ReputationRole.AGENT, settled.jobId(), ReputationReason.JOB_SUCCEEDED,
                    settled.settledAt(), score -> ReputationFormula.afterSuccess(score, points));
        } else {
            keeper.apply(settled.agentId(), ReputationRole.AGENT, settled.jobId(), ReputationReason.JOB_FAILED,
                    settled.settledAt(), score -> ReputationFormula.afterLoss(score, points));
        }
        long validatorGain = ReputationFormula.validatorGain(points);
        List<ValidatorVerdict> verdicts = settled.validators().stream().sorted(BY_VALIDATOR).toList();
        for (ValidatorVerdict verdict : verdicts) {
            switch (verdict.verdict()) {
                case ON_OUTCOME_SIDE -> validator(settled, verdict.validatorId(), ReputationReason.VOTED_WITH_OUTCOME,
                        validatorGain);
                case WRONG_SIDE -> validator(settled, verdict.validatorId(), ReputationReason.VOTED_AGAINST_OUTCOME,
                        -ReputationFormula.VALIDATOR_PENALTY);
                case NOT_REVEALED -> validator(settled, verdict.validatorId(), ReputationReason.DID_NOT_REVEAL,
                        -ReputationFormula.VALIDATOR_PENALTY);
                case EXCUSED -> {
                    // It could not vote once its role was revoked: its score neither gains nor loses.
                }
            }
        }
        employers.recordSettled(settled.jobId(), settled.employerId(), settled.success(), settled.settledAt());
    }

    /** An expiry is a failure worth the reward's points alone: there was no submission to time the work by. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void jobExpired(UUID jobId, UUID agentId, Money reward, Instant at) {
        long points = ReputationFormula.rewardPoints(reward);
        keeper.apply(agentId, ReputationRole.AGENT, jobId, ReputationReason.JOB_EXPIRED, at,
                score -> ReputationFormula.afterLoss(score, points));
    }

    private void validator(JobSettled settled, UUID validator, ReputationReason reason, long change) {
        keeper.apply(validator, ReputationRole.VALIDATOR, settled.jobId(), reason, settled.settledAt(),
                score -> change >= 0 ? ReputationFormula.afterGain(score, change)
                        : ReputationFormula.afterLoss(score, -change));
    }
}
