package org.agijobs.disputes.internal;

import java.time.Instant;

import org.agijobs.disputes.Dispute;
import org.agijobs.jobs.JobTeardown;
import org.agijobs.jobs.JobView;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cancelled job's open dispute ends without a ruling, and the dispute fee goes back to whoever raised it: the
 * cancellation decides nothing about who was right.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DisputeTeardown implements JobTeardown {

    private final DisputeStore disputes;
    private final Ledger ledger;

    DisputeTeardown(DisputeStore disputes, Ledger ledger) {
        this.disputes = disputes;
        this.ledger = ledger;
    }

    @Override
    public void tearDown(JobView job, Instant now) {
        disputes.find(job.getId()).filter(Dispute::isOpen).ifPresent(dispute -> {
            if (dispute.fee().isPositive() && dispute.raisedBy() != null) {
                ledger.transfer(new AccountRef(AccountKind.DISPUTE_BOND, job.getId()),
                        AccountRef.payee(dispute.raisedBy()), dispute.fee(), LedgerReason.DISPUTE_FEE_REFUND,
                        job.getId().toString());
            }
            disputes.cancel(job.getId(), now);
        });
    }
}
