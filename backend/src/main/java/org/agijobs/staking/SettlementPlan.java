package org.agijobs.staking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.internal.StakeAccounts;
import org.jspecify.annotations.Nullable;

/**
 * Every money move of a job's end, computed before anything moves (DOMAIN.md, Settlement and Expire): the legs
 * out of the escrow, the slashes of the agent and of wrong or silent committee members, and the locks to free.
 * The escrow legs add up to the escrow exactly and none is zero; what rounding leaves of the validator reward
 * goes to the agent's payout on success and to the employer's refund on failure. How much a slash really takes
 * depends on the stake there is when it runs, so a slash is an order here; staking turns it into legs
 * ({@code SlashPlan}) that add up to what it took. {@link StakeService#execute} carries a plan out.
 *
 * @param escrowLegs from the job's escrow, in execution order
 * @param slashes    in execution order, all before any release (a slash takes from the lock first)
 * @param releases   the locks this job held, freed last
 */
public record SettlementPlan(UUID jobId, boolean success, List<Leg> escrowLegs, List<Slash> slashes,
        List<Release> releases) {

    /** One ledger transfer. */
    public record Leg(AccountRef from, AccountRef to, Money amount, LedgerReason reason) {

        public Leg {
            Objects.requireNonNull(reason, "reason");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A leg moves a positive amount, not " + amount);
            }
        }
    }

    /** Take up to {@code amount} of the participant's {@code role} stake, lock {@code reference} first. */
    public record Slash(UUID participantId, StakeRole role, String reference, Money amount,
            @Nullable UUID employerId) {
    }

    /** Free what the lock of {@code reference} still holds. */
    public record Release(UUID participantId, StakeRole role, String reference) {
    }

    /**
     * What the plan reads of the job: its parties and the amounts and percentage snapshotted on it, the resource
     * cost of its budgets included (zero for a job without budgets).
     */
    public record Terms(UUID jobId, UUID employerId, UUID agentId, Money reward, Money fee, Money jobStake,
            long validatorRewardBps, Money resourceCost) {

        public Terms(UUID jobId, UUID employerId, UUID agentId, Money reward, Money fee, Money jobStake,
                long validatorRewardBps) {
            this(jobId, employerId, agentId, reward, fee, jobStake, validatorRewardBps, Money.ZERO);
        }

        /** The whole escrow: reward, fee and resource cost. */
        public Money escrow() {
            return reward.plus(fee).plus(resourceCost);
        }
    }

    /**
     * A committee member: its weight (the stake its seat locked) and its revealed vote, null when it never
     * revealed. An excused member never revealed and is neither penalised nor rewarded.
     */
    public record Member(UUID validatorId, Money weight, @Nullable Boolean vote, boolean excused) {

        public Member {
            if (excused && vote != null) {
                throw new IllegalArgumentException("Only a member that did not reveal can be excused");
            }
        }

        public Member(UUID validatorId, Money weight, @Nullable Boolean vote) {
            this(validatorId, weight, vote, false);
        }
    }

    /** The job's committee and the reference of its members' locks; no members when none was drawn. */
    public record Committee(String lockReference, List<Member> members) {

        public Committee {
            members = List.copyOf(members);
        }

        public static Committee none(String lockReference) {
            return new Committee(lockReference, List.of());
        }
    }

    /** The governed percentages in force at settlement, in basis points. */
    public record Rates(long burnBps, long wrongVoteSlashBps, long nonRevealPenaltyBps) {
    }

    public SettlementPlan {
        escrowLegs = List.copyOf(escrowLegs);
        slashes = List.copyOf(slashes);
        releases = List.copyOf(releases);
    }

    /**
     * Settles with {@code success} as the final outcome. The validator reward ({@code validatorRewardBps} of the
     * reward) goes pro rata to weight to the members whose vote matches the outcome, each share rounded down;
     * with nobody on that side nobody gets it. Success: the agent gets the reward less those shares, the fee
     * goes to the fee pool less its burn (rounded down). Failure: the employer gets the escrow less those shares,
     * and the agent's job stake is slashed. Wrong voters are slashed {@code wrongVoteSlashBps}, silent members
     * {@code nonRevealPenaltyBps}, of their weight, excused members nothing; every slash is split with the employer.
     * On either outcome the job's resource cost goes to the operator pool: the resources were held for the job.
     */
    public static SettlementPlan settle(Terms job, Committee committee, Rates rates, boolean success) {
        return settle(job, committee, rates, success, true);
    }

    private static SettlementPlan settle(Terms job, Committee committee, Rates rates, boolean success,
            boolean payResources) {
        AccountRef escrow = AccountRef.escrow(job.jobId());
        List<Leg> legs = new ArrayList<>();
        List<Member> winners = committee.members().stream()
                .filter(member -> member.vote() != null && member.vote() == success).toList();
        BigDecimal totalWeight = winners.stream().map(Member::weight).reduce(Money.ZERO, Money::plus).value();
        Money rewards = Money.ZERO;
        if (totalWeight.signum() > 0) {
            Money pool = job.reward().basisPoints(job.validatorRewardBps());
            for (Member winner : winners) {
                Money share = pool.share(winner.weight().value(), totalWeight);
                add(legs, escrow, AccountRef.wallet(winner.validatorId()), share, LedgerReason.VALIDATOR_REWARD);
                rewards = rewards.plus(share);
            }
        }
        List<Slash> slashes = new ArrayList<>();
        String agentReference = job.jobId().toString();
        Money resourcePayment = payResources ? job.resourceCost() : Money.ZERO;
        add(legs, escrow, AccountRef.OPERATOR_POOL, resourcePayment, LedgerReason.RESOURCE_PAYMENT);
        if (success) {
            add(legs, escrow, AccountRef.wallet(job.agentId()), job.reward().minus(rewards), LedgerReason.JOB_PAYOUT);
            Money burned = job.fee().basisPoints(rates.burnBps());
            add(legs, escrow, AccountRef.BURN, burned, LedgerReason.FEE_BURN);
            add(legs, escrow, AccountRef.FEE_POOL, job.fee().minus(burned), LedgerReason.JOB_FEE);
        } else {
            add(legs, escrow, AccountRef.payee(job.employerId()), job.escrow().minus(rewards).minus(resourcePayment),
                    LedgerReason.JOB_REFUND);
            if (job.jobStake().isPositive()) {
                slashes.add(new Slash(job.agentId(), StakeRole.AGENT, agentReference, job.jobStake(), job.employerId()));
            }
        }
        List<Release> releases = new ArrayList<>();
        releases.add(new Release(job.agentId(), StakeRole.AGENT, agentReference));
        for (Member member : committee.members()) {
            Money penalty = member.excused() ? Money.ZERO
                    : member.vote() == null ? member.weight().basisPoints(rates.nonRevealPenaltyBps())
                    : member.vote() == success ? Money.ZERO : member.weight().basisPoints(rates.wrongVoteSlashBps());
            if (penalty.isPositive()) {
                slashes.add(new Slash(member.validatorId(), StakeRole.VALIDATOR, committee.lockReference(), penalty,
                        job.employerId()));
            }
            releases.add(new Release(member.validatorId(), StakeRole.VALIDATOR, committee.lockReference()));
        }
        return new SettlementPlan(job.jobId(), success, legs, slashes, releases);
    }

    /**
     * Expires an assigned job: the employer gets the whole escrow back (the resource cost too: the job never ran
     * on what it held) and the agent's job stake is slashed, which is a failed settlement without a committee (no
     * validator reward, no burn, no resource payment).
     */
    public static SettlementPlan expire(Terms job) {
        return settle(job, Committee.none(job.jobId().toString()), new Rates(0, 0, 0), false, false);
    }

    /**
     * Cancels a job by governance (DOMAIN.md, owner commands): the employer gets the whole escrow back, nobody is
     * slashed, and the agent's job stake (if the job was assigned) is freed. Committee locks are validation's to
     * free, in the same transaction.
     */
    public static SettlementPlan cancel(UUID jobId, UUID employerId, Money escrow, @Nullable UUID agentId) {
        List<Leg> legs = new ArrayList<>();
        add(legs, AccountRef.escrow(jobId), AccountRef.payee(employerId), escrow, LedgerReason.JOB_REFUND);
        List<Release> releases = agentId == null ? List.of()
                : List.of(new Release(agentId, StakeRole.AGENT, jobId.toString()));
        return new SettlementPlan(jobId, false, legs, List.of(), releases);
    }

    /** The reference every escrow leg is recorded with: the job's id. */
    public String reference() {
        return jobId.toString();
    }

    public Money escrowPaidOut() {
        return escrowLegs.stream().map(Leg::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money paid(LedgerReason reason) {
        return escrowLegs.stream().filter(leg -> leg.reason() == reason).map(Leg::amount).reduce(Money.ZERO,
                Money::plus);
    }

    public Money agentPayout() {
        return paid(LedgerReason.JOB_PAYOUT);
    }

    public Money employerRefund() {
        return paid(LedgerReason.JOB_REFUND);
    }

    public Money validatorRewards() {
        return paid(LedgerReason.VALIDATOR_REWARD);
    }

    public Money feeToPool() {
        return paid(LedgerReason.JOB_FEE);
    }

    public Money burned() {
        return paid(LedgerReason.FEE_BURN);
    }

    public Money resourcePayment() {
        return paid(LedgerReason.RESOURCE_PAYMENT);
    }

    /**
     * Every account the plan may touch, so that the executor locks them all at once, in the ledger's order, and
     * two settlements (or a settlement and an expiry) over shared accounts queue instead of deadlocking.
     */
    public List<AccountRef> accounts() {
        Set<AccountRef> accounts = new LinkedHashSet<>();
        escrowLegs.forEach(leg -> {
            accounts.add(leg.from());
            accounts.add(leg.to());
        });
        for (Slash slash : slashes) {
            addStake(accounts, slash.participantId(), slash.role());
            accounts.add(AccountRef.BURN);
            accounts.add(AccountRef.TREASURY);
            if (slash.employerId() != null) {
                accounts.add(AccountRef.payee(slash.employerId()));
            }
        }
        releases.forEach(release -> addStake(accounts, release.participantId(), release.role()));
        return List.copyOf(accounts);
    }

    private static void addStake(Set<AccountRef> accounts, UUID participant, StakeRole role) {
        accounts.add(StakeAccounts.free(participant, role));
        accounts.add(StakeAccounts.locked(participant, role));
        accounts.add(StakeAccounts.unbonding(participant, role));
    }

    private static void add(List<Leg> legs, AccountRef from, AccountRef to, Money amount, LedgerReason reason) {
        if (amount.isPositive()) {
            legs.add(new Leg(from, to, amount, reason));
        }
    }
}
