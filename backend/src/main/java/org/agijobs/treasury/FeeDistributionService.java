package org.agijobs.treasury;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.treasury.internal.DistributionStore;
import org.agijobs.treasury.internal.FeeDistributor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The treasury module's API: the fee pool's balance, its distribution on an owner's command (the epoch schedule
 * runs the same effect on its own) and the record of past runs.
 */
@Service
public class FeeDistributionService {

    private record DistributeFees(String pool) {
    }

    private final Ledger ledger;
    private final FeeDistributor distributor;
    private final DistributionStore store;
    private final IdempotentMutations mutations;

    FeeDistributionService(Ledger ledger, FeeDistributor distributor, DistributionStore store,
            IdempotentMutations mutations) {
        this.ledger = ledger;
        this.distributor = distributor;
        this.store = store;
        this.mutations = mutations;
    }

    /**
     * Pays the fee pool out now, as the epoch schedule would: pro rata to platform stakers' wallets (shares
     * rounded down, the remainder kept in the pool), or all of it to the treasury when nobody holds platform
     * stake. An empty pool moves nothing, and the run is recorded all the same. Owners only.
     */
    public FeeDistribution distributeFees(Caller caller, @Nullable String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        return mutations.run(caller, idempotencyKey, new DistributeFees(AccountRef.FEE_POOL.code()),
                FeeDistribution.class, () -> distributor.distribute(FeeDistributionTrigger.OWNER, caller.subject()));
    }

    /** What the fee pool holds now. Any role. */
    public Money feePool(Caller caller) {
        Authorization.requireSomeRole(caller);
        return ledger.balanceOf(AccountRef.FEE_POOL);
    }

    /** What the treasury holds now. Any role. */
    public Money treasuryBalance(Caller caller) {
        Authorization.requireSomeRole(caller);
        return ledger.balanceOf(AccountRef.TREASURY);
    }

    /** The latest {@code limit} runs, newest first. Owners only. */
    public List<FeeDistribution> distributions(Caller caller, int limit) {
        Authorization.requireAnyOf(caller, Role.OWNER);
        return store.newest(limit);
    }

    /** One run, for owners; empty for anyone else, like an unknown id. */
    public Optional<FeeDistribution> distribution(Caller caller, UUID id) {
        return caller.has(Role.OWNER) ? store.find(id) : Optional.empty();
    }

    /** The stakers paid by each of the given runs, largest share first; one query for all of them. */
    public Map<UUID, List<FeeShare>> sharesOf(Collection<UUID> distributions) {
        return store.sharesOf(distributions);
    }
}
