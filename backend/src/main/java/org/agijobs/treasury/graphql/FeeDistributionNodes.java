package org.agijobs.treasury.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.graphql.NodeFinder;
import org.agijobs.platform.security.Callers;
import org.agijobs.treasury.FeeDistributionService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** {@code node(id:)} for fee distributions: owners find them, anyone else gets null. */
@Component
class FeeDistributionNodes implements NodeFinder {

    static final String TYPE = "FeeDistribution";

    private final FeeDistributionService fees;

    FeeDistributionNodes(FeeDistributionService fees) {
        this.fees = fees;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return fees.distribution(Callers.callerOf(SecurityContextHolder.getContext().getAuthentication()), id);
    }
}
