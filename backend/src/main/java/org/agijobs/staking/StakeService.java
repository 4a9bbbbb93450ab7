package org.agijobs.staking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Caller;
import org.agijobs.staking.internal.PlanExecutor;
import org.agijobs.staking.internal.PlatformStakes;
import org.agijobs.staking.internal.StakeBook;
import org.agijobs.staking.internal.StakeDeposits;
import org.agijobs.staking.internal.StakeLocks;
import org.agijobs.staking.internal.StakeSlashes;
import org.agijobs.staking.internal.StakeWithdrawals;
import org.agijobs.staking.internal.StakerChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staking module's API. Participants deposit and withdraw their own stake through idempotent mutations;
 * the jobs, validation and dispute modules lock, release and slash it inside their own transactions. The money
 * lives in ledger accounts only: every change here is a {@code Ledger.transfer}.
 */
@Service
public class StakeService {

    private record DepositStake(StakeRole role, Money amount) {
    }

    private record RequestStakeWithdrawal(StakeRole role, Money amount) {
    }

    private record FinalizeStakeWithdrawal(UUID withdrawalId) {
    }

    private final ParticipantService participants;
    private final IdempotentMutations mutations;
    private final StakerChecks checks;
    private final StakeBook book;
    private final StakeDeposits deposits;
    private final StakeWithdrawals withdrawals;
    private final StakeLocks locks;
    private final StakeSlashes slashes;
    private final PlatformStakes platformStakes;
    private final PlanExecutor plans;
    private final TransactionTemplate snapshot;

    StakeService(ParticipantService participants, IdempotentMutations mutations, StakerChecks checks, StakeBook book,
            StakeDeposits deposits, StakeWithdrawals withdrawals, StakeLocks locks, StakeSlashes slashes,
            PlatformStakes platformStakes, PlanExecutor plans, PlatformTransactionManager transactionManager) {
        this.participants = participants;
        this.mutations = mutations;
        this.checks = checks;
        this.book = book;
        this.deposits = deposits;
        this.withdrawals = withdrawals;
        this.locks = locks;
        this.slashes = slashes;
        this.platformStakes = platformStakes;
        this.plans = plans;
        // The balances of one answer come from one snapshot, never from both sides of a concurrent transfer.
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Moves {@code amount} from the caller's wallet to its {@code role} stake. Owners, employers, agents and
     * validators may deposit; agent stake needs the agent role, validator stake the validator role. The role's
     * bonded stake must reach its minimum and the caller's bonded stake over all roles stay within
     * {@code MAX_STAKE_PER_ADDRESS}; blacklisted callers and callers who have not acknowledged the current
     * terms are refused.
     *
     * @return the role's stake after the deposit
     */
    public RoleStake depositStake(Caller caller, StakeRole role, Money amount, @Nullable String idempotencyKey) {
        checks.requireDepositor(caller);
        Participant participant = participants.profileOf(caller);
        checks.checkDeposit(caller, role, participant);
        return mutations.run(caller, idempotencyKey, new DepositStake(role, amount), RoleStake.class,
                () -> deposits.deposit(participant.getId(), role, amount));
    }

    /**
     * Moves {@code amount} of the caller's free {@code role} stake to unbonding for {@code UNBONDING_PERIOD}
     * (the period in force now). Locked stake can't be requested, and what stays bonded must be zero or at
     * least the role's minimum. Any platform role may, blacklisted or not.
     */
    public StakeWithdrawal requestWithdrawal(Caller caller, StakeRole role, Money amount,
            @Nullable String idempotencyKey) {
        checks.requireStaker(caller);
        UUID participant = participants.profileOf(caller).getId();
        return mutations.run(caller, idempotencyKey, new RequestStakeWithdrawal(role, amount), StakeWithdrawal.class,
                () -> withdrawals.request(participant, role, amount));
    }

    /**
     * Pays what is left of one of the caller's withdrawals (slashes during unbonding shrink it) into its wallet,
     * once its unbonding period is over; exactly once. Any platform role may, blacklisted or not.
     */
    public StakeWithdrawal finalizeWithdrawal(Caller caller, UUID withdrawalId, @Nullable String idempotencyKey) {
        checks.requireStaker(caller);
        UUID participant = participants.profileOf(caller).getId();
        return mutations.run(caller, idempotencyKey, new FinalizeStakeWithdrawal(withdrawalId), StakeWithdrawal.class,
                () -> withdrawals.finalizeWithdrawal(participant, withdrawalId));
    }

    /** The caller's stake in every role, with the withdrawals still unbonding. Any platform role. */
    public List<RoleStake> myStakes(Caller caller) {
        checks.requireStaker(caller);
        UUID participant = participants.profileOf(caller).getId();
        return snapshot.execute(status -> book.stakesOf(participant));
    }

    /** One of the caller's withdrawals; someone else's is empty, like an unknown id. */
    public Optional<StakeWithdrawal> withdrawalOf(Caller caller, UUID withdrawalId) {
        checks.requireStaker(caller);
        UUID participant = participants.profileOf(caller).getId();
        return book.withdrawal(withdrawalId).filter(withdrawal -> withdrawal.participantId().equals(participant));
    }

    /** A participant's stake in a role now: free, locked and unbonding. Joins the caller's transaction if any. */
    @Transactional(readOnly = true)
    public StakeBalance stakeOf(UUID participant, StakeRole role) {
        return book.balance(participant, role);
    }

    /**
     * Holds every participant's free {@code role} stake until the caller's transaction ends: withdrawal requests
     * wait, so free stake read after this call is still free when the caller locks it (a committee draw reads
     * every candidate's free stake, then locks all of it for the members drawn). Callers take turns.
     *
     * @throws IllegalArgumentException for {@link StakeRole#PLATFORM}, which is never locked
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdFreeStakes(StakeRole role) {
        locks.holdFree(role);
    }

    /** Every participant's free {@code role} stake (neither locked nor unbonding), for those who have any. */
    @Transactional(readOnly = true)
    public Map<UUID, Money> freeStakes(StakeRole role) {
        return book.freeStakes(role);
    }

    /**
     * Every participant's bonded platform stake, where positive, in a fixed order (by participant id): the
     * weights of a fee-pool distribution. Unbonding stake is not bonded and does not count. One statement, so
     * one consistent view; joins the caller's transaction if any.
     */
    @Transactional(readOnly = true)
    public SequencedMap<UUID, Money> platformStakes() {
        return platformStakes.positive();
    }

    /** The participant's locks that still hold stake, oldest first. */
    @Transactional(readOnly = true)
    public List<StakeLock> activeLocks(UUID participant) {
        return book.activeLocks(participant);
    }

    /**
     * Locks {@code amount} (>= 0) of the participant's free {@code role} stake for {@code reference} (e.g. a
     * job id), in the caller's transaction. Asking again for the same reference and amount while that lock is
     * active returns it and moves nothing (a retried step); any other reuse of a reference, released or not, is
     * {@code INVALID_STATE}.
     *
     * @throws org.agijobs.platform.errors.DomainException {@code INSUFFICIENT_FUNDS} when the free stake is
     *         smaller than {@code amount}; the caller's transaction is then rolled back
     * @throws IllegalArgumentException for {@link StakeRole#PLATFORM}, which is never locked
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StakeLock lock(UUID participant, StakeRole role, Money amount, String reference) {
        return locks.lock(participant, role, amount, reference);
    }

    /**
     * Returns what the lock of {@code reference} still holds to free stake, in the caller's transaction, exactly
     * once: a later release returns zero and moves nothing. A reference never locked is {@code NOT_FOUND}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Money release(UUID participant, StakeRole role, String reference) {
        return locks.release(participant, role, reference);
    }

    /**
     * Slashes up to {@code amount} (>= 0) of the participant's {@code role} stake, in the caller's transaction:
     * first from the lock of {@code reference}, then from free stake, then from pending withdrawals (newest
     * first, shrinking their amounts), never from other references' locks; when all of that is less, it takes
     * what there is. The slash goes {@code SLASH_EMPLOYER_PCT} to the employer's wallet (to the treasury when
     * {@code employer} is null) and {@code SLASH_BURN_PCT} to burn, each rounded down to 1e-18, and the rest to
     * the treasury. The lock stays active with what is left of it until {@link #release}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StakeSlash slash(UUID participant, StakeRole role, String reference, Money amount,
            @Nullable UUID employer) {
        return slashes.slash(participant, role, reference, amount, employer);
    }

    /**
     * Carries out a job's settlement or expiry plan in the caller's transaction: every account locked at once,
     * the escrow legs, the slashes (each as {@link #slash}), then the releases (each as {@link #release}).
     *
     * @return what the slashes took in all
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Money execute(SettlementPlan plan) {
        return plans.execute(plan);
    }
}
