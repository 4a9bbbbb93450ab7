package org.agijobs.audit.internal;

import java.util.UUID;

import org.agijobs.audit.AuditSubjectType;
import org.agijobs.certificates.CertificateIssued;
import org.agijobs.governance.GovernanceEvent;
import org.agijobs.jobs.JobEvent;
import org.agijobs.parameters.PauseChanged;
import org.agijobs.participants.ParticipantRegistered;
import org.agijobs.settlement.JobSettled;
import org.agijobs.staking.StakeDeposited;
import org.agijobs.staking.StakeLocked;
import org.agijobs.staking.StakeReleased;
import org.agijobs.staking.StakeSlashed;
import org.agijobs.staking.StakeWithdrawalRequested;
import org.agijobs.staking.StakeWithdrawn;
import org.agijobs.treasury.FeesDistributed;
import org.jspecify.annotations.Nullable;

/**
 * What each domain event is about. An event type not named here is still recorded, without a subject, so a new
 * event is never lost from the trail for want of a line in this switch.
 */
final class AuditSubjects {

    record Subject(@Nullable AuditSubjectType type, @Nullable UUID id) {
        static final Subject NONE = new Subject(null, null);
    }

    private AuditSubjects() {
    }

    static Subject of(Object event) {
        return switch (event) {
            case JobEvent job -> new Subject(AuditSubjectType.JOB, job.jobId());
            case JobSettled settled -> new Subject(AuditSubjectType.JOB, settled.jobId());
            case CertificateIssued certificate -> new Subject(AuditSubjectType.JOB, certificate.jobId());
            case GovernanceEvent step -> new Subject(AuditSubjectType.PROPOSAL, step.proposalId());
            case ParticipantRegistered registered ->
                    new Subject(AuditSubjectType.PARTICIPANT, registered.participantId());
            case StakeDeposited stake -> participant(stake.participantId());
            case StakeWithdrawalRequested stake -> participant(stake.participantId());
            case StakeWithdrawn stake -> participant(stake.participantId());
            case StakeLocked stake -> participant(stake.participantId());
            case StakeReleased stake -> participant(stake.participantId());
            case StakeSlashed stake -> participant(stake.slash().participantId());
            case FeesDistributed fees -> new Subject(AuditSubjectType.FEE_DISTRIBUTION, fees.distribution().id());
            case PauseChanged ignored -> new Subject(AuditSubjectType.MARKET, null);
            default -> Subject.NONE;
        };
    }

    private static Subject participant(UUID id) {
        return new Subject(AuditSubjectType.PARTICIPANT, id);
    }
}
