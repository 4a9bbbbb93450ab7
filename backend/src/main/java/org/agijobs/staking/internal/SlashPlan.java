package org.agijobs.staking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.SettlementPlan.Leg;
import org.agijobs.staking.StakeRole;
import org.jspecify.annotations.Nullable;

/**
 * One slash as ledger legs, computed before anything moves: where it is taken from ({@link SlashSources}), how it
 * is split ({@link SlashSplit}) and the transfers that pair the two ({@link TransferPlan}). The legs add up to
 * what is taken ({@link #slashed()}) exactly, and none is zero.
 */
public record SlashPlan(Money fromLocked, Money fromFree, Money fromUnbonding, Money toEmployer, Money burned,
        Money toTreasury, List<Leg> legs) {

    public static SlashPlan of(UUID participant, StakeRole role, @Nullable UUID employer, Money requested,
            Money lockHeld, Money free, Money unbonding, long employerBps, long burnBps) {
        SlashSources sources = SlashSources.take(requested, lockHeld, free, unbonding);
        SlashSplit split = SlashSplit.of(sources.total(), employerBps, burnBps, employer != null);
        List<Leg> legs = TransferPlan.match(sourceLegs(participant, role, sources), destinationLegs(employer, split))
                .stream().map(move -> new Leg(move.from(), move.to(), move.amount(), LedgerReason.STAKE_SLASH))
                .toList();
        return new SlashPlan(sources.fromLocked(), sources.fromFree(), sources.fromUnbonding(), split.toEmployer(),
                split.burned(), split.toTreasury(), legs);
    }

    /** What is taken: the request, or all there is when that is less. */
    public Money slashed() {
        return fromLocked.plus(fromFree).plus(fromUnbonding);
    }

    private static List<TransferPlan.Leg> sourceLegs(UUID participant, StakeRole role, SlashSources sources) {
        List<TransferPlan.Leg> legs = new ArrayList<>();
        if (role.lockable()) {
            legs.add(new TransferPlan.Leg(StakeAccounts.locked(participant, role), sources.fromLocked()));
        }
        legs.add(new TransferPlan.Leg(StakeAccounts.free(participant, role), sources.fromFree()));
        legs.add(new TransferPlan.Leg(StakeAccounts.unbonding(participant, role), sources.fromUnbonding()));
        return legs;
    }

    private static List<TransferPlan.Leg> destinationLegs(@Nullable UUID employer, SlashSplit split) {
        List<TransferPlan.Leg> legs = new ArrayList<>();
        if (employer != null) {
            legs.add(new TransferPlan.Leg(AccountRef.payee(employer), split.toEmployer()));
        }
        legs.add(new TransferPlan.Leg(AccountRef.BURN, split.burned()));
        legs.add(new TransferPlan.Leg(AccountRef.TREASURY, split.toTreasury()));
        return legs;
    }
}
