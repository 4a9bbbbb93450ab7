package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/** The module API that jobs and validation use, called as they will: inside their own transactions. */
@ApiTest
class StakeLocksTest {

    @Autowired
    StakingFixture fixture;

    @Autowired
    StakeService staking;

    @Autowired
    StakeEventRecorder events;

    @Autowired
    JdbcClient jdbc;

    Participant validator;

    @BeforeEach
    void stakedValidator() {
        validator = fixture.fundedStaker("locked.validator", "1500", "validator");
        fixture.api().deposit(validator.token(), "VALIDATOR", "1500", null);
    }

    @Test
    void aLockMovesFreeStakeToLockedAndAReleaseMovesItBackOnce() {
        StakeLock lock = fixture.transact(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(1000), "job-1"));

        assertThat(lock.amount()).isEqualTo(Money.of(1000));
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR))
                .isEqualTo(balance("500", "1000"));
        assertThat(staking.activeLocks(validator.id())).singleElement().extracting(StakeLock::reference)
                .isEqualTo("job-1");

        Money released = fixture.transact(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "job-1"));
        Money again = fixture.transact(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "job-1"));

        assertThat(released).isEqualTo(Money.of(1000));
        assertThat(again).isEqualTo(Money.ZERO);
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR)).isEqualTo(balance("1500", "0"));
        assertThat(staking.activeLocks(validator.id())).isEmpty();
        assertThat(events.of(StakeReleased.class).filter(e -> e.participantId().equals(validator.id()))).hasSize(1);
    }

    @Test
    void refusesALockLargerThanTheFreeStakeAndChangesNothing() {
        fixture.inTransaction(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(1000), "job-a"));

        assertThatThrownBy(() -> fixture.inTransaction(() ->
                staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of("500.000000000000000001"), "job-b")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR)).isEqualTo(balance("500", "1000"));
        assertThat(staking.activeLocks(validator.id())).extracting(StakeLock::reference).containsExactly("job-a");
    }

    @Test
    void theSameLockAskedForTwiceIsOneLock() {
        StakeLock first = fixture.transact(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(10), "job-2"));
        StakeLock second = fixture.transact(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(10), "job-2"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR).locked()).isEqualTo(Money.of(10));
    }

    @Test
    void aReferenceIsLockedOnlyOnce() {
        fixture.inTransaction(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(10), "job-3"));

        assertRefused(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(11), "job-3"),
                ErrorCode.INVALID_STATE);
        fixture.inTransaction(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "job-3"));
        assertRefused(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(10), "job-3"),
                ErrorCode.INVALID_STATE);
    }

    @Test
    void aWithdrawalRequestWaitsWhileTheFreeStakeIsHeldAndThenFindsItLocked() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch held = new CountDownLatch(1);
            // A committee draw's transaction: it holds the free stakes, reads them, then locks all of it.
            Future<StakeLock> draw = threads.submit(() -> fixture.transact(() -> {
                staking.holdFreeStakes(StakeRole.VALIDATOR);
                held.countDown();
                awaitAWithdrawalWaitingForTheHold();
                return staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(1500), "held-draw");
            }));
            held.await();

            Future<ClientGraphQlResponse> withdrawal = threads.submit(() -> fixture.api()
                    .requestWithdrawal(validator.token(), "VALIDATOR", "100", null));

            assertThat(draw.get().amount()).isEqualTo(Money.of(1500));
            assertThat(StakingApi.errors(withdrawal.get(), "requestStakeWithdrawal"))
                    .extracting(StakingApi.Error::code).containsExactly("INSUFFICIENT_FUNDS");
        }
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR)).isEqualTo(balance("0", "1500"));
    }

    /** Waits until the server's lock table shows a session waiting for the hold; fails after ten seconds. */
    private void awaitAWithdrawalWaitingForTheHold() {
        Awaitility.await("a withdrawal request waiting for the held free stake")
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                        select count(*) from pg_locks
                        where locktype = 'advisory' and not granted and classid::bigint = x'5354524c'::int
                        """).query(Long.class).single() > 0);
    }

    @Test
    void aZeroLockHoldsNothingButIsTracked() {
        fixture.inTransaction(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.ZERO, "free-job"));

        assertThat(staking.activeLocks(validator.id())).extracting(StakeLock::reference).containsExactly("free-job");
        assertThat(fixture.transact(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "free-job")))
                .isEqualTo(Money.ZERO);
        assertThat(staking.stakeOf(validator.id(), StakeRole.VALIDATOR)).isEqualTo(balance("1500", "0"));
    }

    @Test
    void releasingAReferenceNeverLockedIsNotFound() {
        assertRefused(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "never-locked"), ErrorCode.NOT_FOUND);
    }

    @Test
    void platformStakeIsNeverLocked() {
        assertThatThrownBy(() -> fixture.inTransaction(() ->
                staking.lock(validator.id(), StakeRole.PLATFORM, Money.of(1), "job-4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moduleCallsNeedTheCallersTransaction() {
        assertThatThrownBy(() -> staking.lock(validator.id(), StakeRole.VALIDATOR, Money.of(1), "job-5"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> staking.release(validator.id(), StakeRole.VALIDATOR, "job-5"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> staking.slash(validator.id(), StakeRole.VALIDATOR, "job-5", Money.of(1), null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(() -> fixture.inTransaction(call))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static StakeBalance balance(String free, String locked) {
        return new StakeBalance(StakeRole.VALIDATOR, Money.of(free), Money.of(locked), Money.ZERO);
    }
}
