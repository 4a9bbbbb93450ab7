package org.agijobs.staking.internal;

import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.SettlementPlan;
import org.springframework.stereotype.Component;

/** Carries a {@link SettlementPlan} out in the caller's transaction: escrow legs, then slashes, then releases. */
@Component
public class PlanExecutor {

    private final Ledger ledger;
    private final StakeSlashes slashes;
    private final StakeLocks locks;

    PlanExecutor(Ledger ledger, StakeSlashes slashes, StakeLocks locks) {
        this.ledger = ledger;
        this.slashes = slashes;
        this.locks = locks;
    }

    /** Returns what the slashes took (less than ordered where a stake ran out). */
    public Money execute(SettlementPlan plan) {
        ledger.lock(plan.accounts());
        for (SettlementPlan.Leg leg : plan.escrowLegs()) {
            ledger.transfer(leg.from(), leg.to(), leg.amount(), leg.reason(), plan.reference());
        }
        Money slashed = Money.ZERO;
        for (SettlementPlan.Slash slash : plan.slashes()) {
            slashed = slashed.plus(slashes.slash(slash.participantId(), slash.role(), slash.reference(), slash.amount(),
                    slash.employerId()).slashed());
        }
        for (SettlementPlan.Release release : plan.releases()) {
            locks.release(release.participantId(), release.role(), release.reference());
        }
        return slashed;
    }
}
