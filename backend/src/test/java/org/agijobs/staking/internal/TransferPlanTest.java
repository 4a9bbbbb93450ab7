package org.agijobs.staking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.internal.TransferPlan.Leg;
import org.agijobs.staking.internal.TransferPlan.Move;
import org.junit.jupiter.api.Test;

class TransferPlanTest {

    private static final UUID AGENT = UUID.randomUUID();
    private static final AccountRef LOCKED = new AccountRef(AccountKind.LOCKED_AGENT, AGENT);
    private static final AccountRef FREE = new AccountRef(AccountKind.STAKE_AGENT, AGENT);
    private static final AccountRef UNBONDING = new AccountRef(AccountKind.UNBONDING_AGENT, AGENT);
    private static final AccountRef EMPLOYER = AccountRef.wallet(UUID.randomUUID());

    @Test
    void oneSourceToOneDestinationIsOneTransfer() {
        assertThat(TransferPlan.match(List.of(new Leg(LOCKED, Money.of(3))), List.of(new Leg(EMPLOYER, Money.of(3)))))
                .containsExactly(new Move(LOCKED, EMPLOYER, Money.of(3)));
    }

    @Test
    void pairsSeveralSourcesWithSeveralDestinationsInOrder() {
        List<Move> moves = TransferPlan.match(
                List.of(new Leg(LOCKED, Money.of(1)), new Leg(FREE, Money.of(4)), new Leg(UNBONDING, Money.of(5))),
                List.of(new Leg(EMPLOYER, Money.of(5)), new Leg(AccountRef.BURN, Money.ZERO),
                        new Leg(AccountRef.TREASURY, Money.of(5))));

        assertThat(moves).containsExactly(
                new Move(LOCKED, EMPLOYER, Money.of(1)),
                new Move(FREE, EMPLOYER, Money.of(4)),
                new Move(UNBONDING, AccountRef.TREASURY, Money.of(5)));
    }

    @Test
    void splitsOneSourceAcrossDestinations() {
        List<Move> moves = TransferPlan.match(List.of(new Leg(LOCKED, Money.of("0.000000000000000003"))),
                List.of(new Leg(EMPLOYER, Money.of("0.000000000000000001")),
                        new Leg(AccountRef.TREASURY, Money.of("0.000000000000000002"))));

        assertThat(moves).containsExactly(
                new Move(LOCKED, EMPLOYER, Money.of("0.000000000000000001")),
                new Move(LOCKED, AccountRef.TREASURY, Money.of("0.000000000000000002")));
    }

    @Test
    void nothingToMoveIsNoTransfer() {
        assertThat(TransferPlan.match(List.of(new Leg(LOCKED, Money.ZERO)), List.of(new Leg(EMPLOYER, Money.ZERO))))
                .isEmpty();
    }

    @Test
    void refusesSidesThatDoNotAddUp() {
        assertThatThrownBy(() -> TransferPlan.match(List.of(new Leg(LOCKED, Money.of(2))),
                List.of(new Leg(EMPLOYER, Money.of(1))))).isInstanceOf(IllegalArgumentException.class);
    }
}
