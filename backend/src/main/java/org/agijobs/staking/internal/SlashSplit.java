package org.agijobs.staking.internal;

import org.agijobs.platform.money.Money;

/**
 * The slash split (DOMAIN, Rounding): the employer's and the burn's shares are rounded down to 1e-18 and the
 * treasury takes the remainder, so the three parts add up to the slash exactly. The treasury's percentage is
 * therefore implied; governance keeps employer + burn + treasury at 100%. Without an employer its share goes
 * to the treasury too.
 */
record SlashSplit(Money toEmployer, Money burned, Money toTreasury) {

    private static final long ALL = 10_000;

    static SlashSplit of(Money amount, long employerBps, long burnBps, boolean hasEmployer) {
        if (employerBps < 0 || burnBps < 0 || employerBps + burnBps > ALL) {
            throw new IllegalStateException("Slash split out of bounds: employer " + employerBps + " bps, burn "
                    + burnBps + " bps");
        }
        Money employer = hasEmployer ? amount.basisPoints(employerBps) : Money.ZERO;
        Money burned = amount.basisPoints(burnBps);
        return new SlashSplit(employer, burned, amount.minus(employer).minus(burned));
    }
}
