package org.agijobs.audit.graphql;

import java.util.List;

import org.agijobs.audit.AuditCheckpoint;
import org.agijobs.audit.AuditCheckpoints;
import org.agijobs.audit.CheckpointVerification;
import org.agijobs.audit.internal.CheckpointStore;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.security.Caller;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class CheckpointController {

    private static final List<Cursors.Key> NEWEST_FIRST = List.of(new Cursors.Key(CheckpointStore.KEY, Long.class));

    private final AuditCheckpoints checkpoints;

    CheckpointController(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @QueryMapping
    Window<AuditCheckpoint> auditCheckpoints(ScrollSubrange subrange, Caller caller) {
        ScrollPosition position = Cursors.keyset(subrange, NEWEST_FIRST);
        Long beforeSeq = position instanceof KeysetScrollPosition keyset && !keyset.isInitial()
                ? (Long) keyset.getKeys().get(CheckpointStore.KEY) : null;
        int limit = Math.clamp(subrange.count().orElse(AuditController.DEFAULT_PAGE), 1, AuditController.MAX_PAGE);
        return checkpoints.checkpoints(caller, beforeSeq, limit);
    }

    @QueryMapping
    CheckpointVerification verifyAuditCheckpoint(@Argument String jws, Caller caller) {
        return checkpoints.verify(caller, jws);
    }
}
