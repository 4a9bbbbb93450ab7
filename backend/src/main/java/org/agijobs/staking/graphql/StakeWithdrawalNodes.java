package org.agijobs.staking.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.graphql.NodeFinder;
import org.agijobs.platform.security.Callers;
import org.agijobs.staking.StakeService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** {@code node(id:)} for withdrawals: only the caller's own are found, anyone else's id gives null. */
@Component
class StakeWithdrawalNodes implements NodeFinder {

    static final String TYPE = "StakeWithdrawal";

    private final StakeService staking;

    StakeWithdrawalNodes(StakeService staking) {
        this.staking = staking;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return staking.withdrawalOf(Callers.callerOf(SecurityContextHolder.getContext().getAuthentication()), id);
    }
}
