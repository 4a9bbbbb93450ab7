package org.agijobs.governance;

import java.util.Set;

/**
 * Where a proposal is in its life cycle. PENDING collects approvals; QUEUED has reached the threshold and waits
 * for its eta; EXECUTED, FAILED and CANCELLED are final.
 */
public enum ProposalState {
    PENDING, QUEUED, EXECUTED, FAILED, CANCELLED;

    private static final Set<ProposalState> OPEN = Set.of(PENDING, QUEUED);

    /** Not yet executed, failed or cancelled: it may still be approved or cancelled. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
