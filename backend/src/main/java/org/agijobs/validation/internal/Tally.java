package org.agijobs.validation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.agijobs.platform.money.Money;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.TallyOutcome;

/**
 * The count (DOMAIN.md, Validation): quorum needs reveals of at least {@code revealQuorumPct} of the committee and
 * at least 3; the job is approved when the approving members' stake is at least {@code approvalThreshold} of the
 * revealed members' stake. Both comparisons are exact (integers and decimals, no rounding).
 */
record Tally(TallyOutcome outcome, int reveals, Money approveWeight, Money revealedWeight) {

    static final int MIN_REVEALS = 3;
    private static final BigDecimal ALL = BigDecimal.valueOf(10_000);

    static Tally of(List<CommitteeMember> members, long quorumBps, long approvalBps) {
        List<CommitteeMember> revealed = members.stream().filter(CommitteeMember::revealed).toList();
        Money approve = revealed.stream().filter(CommitteeMember::approve).map(CommitteeMember::weight)
                .reduce(Money.ZERO, Money::plus);
        Money total = revealed.stream().map(CommitteeMember::weight).reduce(Money.ZERO, Money::plus);
        boolean quorum = revealed.size() >= MIN_REVEALS
                && (long) revealed.size() * 10_000 >= quorumBps * members.size();
        if (!quorum) {
            return new Tally(TallyOutcome.NO_QUORUM, revealed.size(), approve, total);
        }
        boolean approved = approve.value().multiply(ALL)
                .compareTo(total.value().multiply(BigDecimal.valueOf(approvalBps))) >= 0;
        return new Tally(approved ? TallyOutcome.APPROVED : TallyOutcome.REJECTED, revealed.size(), approve, total);
    }
}
