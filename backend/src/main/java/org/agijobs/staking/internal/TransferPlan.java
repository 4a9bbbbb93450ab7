package org.agijobs.staking.internal;

import java.util.ArrayList;
import java.util.List;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;

/**
 * Pairs the accounts money comes from with the accounts it goes to, greedily in the given order, so that a
 * slash taken from several accounts and split to several parties becomes plain ledger transfers without an
 * intermediate account. Both sides must add up to the same amount; zero legs produce no transfer.
 */
final class TransferPlan {

    record Leg(AccountRef account, Money amount) {
    }

    record Move(AccountRef from, AccountRef to, Money amount) {
    }

    private TransferPlan() {
    }

    static List<Move> match(List<Leg> sources, List<Leg> destinations) {
        if (sum(sources).compareTo(sum(destinations)) != 0) {
            throw new IllegalArgumentException("Sources " + sum(sources) + " and destinations " + sum(destinations)
                    + " differ");
        }
        List<Move> moves = new ArrayList<>();
        int to = 0;
        Money destinationLeft = destinations.isEmpty() ? Money.ZERO : destinations.getFirst().amount();
        for (Leg source : sources) {
            Money sourceLeft = source.amount();
            while (sourceLeft.isPositive()) {
                while (!destinationLeft.isPositive()) {
                    destinationLeft = destinations.get(++to).amount();
                }
                Money amount = sourceLeft.isLessThan(destinationLeft) ? sourceLeft : destinationLeft;
                moves.add(new Move(source.account(), destinations.get(to).account(), amount));
                sourceLeft = sourceLeft.minus(amount);
                destinationLeft = destinationLeft.minus(amount);
            }
        }
        return List.copyOf(moves);
    }

    private static Money sum(List<Leg> legs) {
        return legs.stream().map(Leg::amount).reduce(Money.ZERO, Money::plus);
    }
}
