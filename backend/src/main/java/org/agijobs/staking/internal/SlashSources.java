package org.agijobs.staking.internal;

import org.agijobs.platform.money.Money;

/**
 * Where a slash is taken from, in order: the lock of the slashed reference, then free stake, then stake in
 * unbonding (DOMAIN: a slash during unbonding shrinks the pending amount). Locks of other references are never
 * touched: they back other jobs. When all of it is less than asked, the slash takes what there is.
 */
record SlashSources(Money fromLocked, Money fromFree, Money fromUnbonding) {

    static SlashSources take(Money requested, Money lockHeld, Money free, Money unbonding) {
        Money fromLocked = min(requested, lockHeld);
        Money rest = requested.minus(fromLocked);
        Money fromFree = min(rest, free);
        rest = rest.minus(fromFree);
        return new SlashSources(fromLocked, fromFree, min(rest, unbonding));
    }

    Money total() {
        return fromLocked.plus(fromFree).plus(fromUnbonding);
    }

    private static Money min(Money a, Money b) {
        return a.isLessThan(b) ? a : b;
    }
}
