package org.agijobs.disputes.internal;

import org.agijobs.disputes.DisputeKind;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.jobs.EscalationReason;
import org.agijobs.jobs.ModeratorQueue;
import org.agijobs.platform.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Jobs validation could not decide join the moderators' queue in the same transaction, without a fee. */
@Component
class EscalationIntake implements ModeratorQueue {

    private final DisputeStore disputes;

    EscalationIntake(DisputeStore disputes) {
        this.disputes = disputes;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID jobId, EscalationReason reason, Instant at) {
        disputes.open(jobId, DisputeKind.valueOf(reason.name()), null, null, Money.ZERO, at);
    }
}
