package org.agijobs.governance.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.governance.ProposalService;
import org.agijobs.platform.graphql.NodeFinder;
import org.springframework.stereotype.Component;

/** {@code node(id:)} for proposals. */
@Component
class ProposalNodes implements NodeFinder {

    private final ProposalService proposals;

    ProposalNodes(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public String type() {
        return GovernanceInputs.PROPOSAL_TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return proposals.find(id);
    }
}
