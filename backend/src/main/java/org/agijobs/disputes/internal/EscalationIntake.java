package org.agijobs.disputes.internal;

import org.agijobs.disputes.DisputeKind;
import org.agijobs.jobs.JobEscalated;
import org.agijobs.platform.money.Money;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Jobs validation could not decide join the moderators' queue in the same transaction, without a fee. */
@Component
class EscalationIntake {

    private final DisputeStore disputes;

    EscalationIntake(DisputeStore disputes) {
        this.disputes = disputes;
    }

    @EventListener
    void on(JobEscalated escalated) {
        disputes.open(escalated.jobId(), DisputeKind.valueOf(escalated.reason().name()), null, null, Money.ZERO,
                escalated.at());
    }
}
