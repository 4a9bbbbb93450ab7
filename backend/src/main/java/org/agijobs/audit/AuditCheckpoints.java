package org.agijobs.audit;

import java.util.Optional;

import org.agijobs.audit.internal.CheckpointStore;
import org.agijobs.audit.internal.CheckpointVerifier;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * The signed checkpoints of the chain's head, issued at intervals while the head moves, and the check of one that a
 * third party presents. Reading and checking them is for owners and integrators, like the trail and
 * {@code verifyAuditChain}: a check recomputes the chain from seq 1, work that any caller could otherwise have the
 * platform repeat at will. A third party's service account has the integrator role.
 */
@Service
public class AuditCheckpoints {

    private final CheckpointStore store;
    private final CheckpointVerifier verifier;

    AuditCheckpoints(CheckpointStore store, CheckpointVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /** The checkpoints newest first, continuing below seq {@code beforeSeq} when given. */
    public Window<AuditCheckpoint> checkpoints(Caller caller, @Nullable Long beforeSeq, int limit) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return store.page(beforeSeq, limit);
    }

    /** The newest checkpoint, empty before the first. Owners and integrators only. */
    public Optional<AuditCheckpoint> latest(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return store.latest();
    }

    /** Checks {@code jws} against the platform's keys and the chain as it stands now. Owners and integrators. */
    public CheckpointVerification verify(Caller caller, String jws) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return verifier.verify(jws);
    }
}
