package org.agijobs.audit.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.AuditFilter;
import org.agijobs.audit.AuditSubjectType;
import org.agijobs.audit.AuditTrail;
import org.agijobs.audit.ChainVerification;
import org.agijobs.audit.internal.AuditStore;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final List<Cursors.Key> RECORDED_ORDER = List.of(new Cursors.Key(AuditStore.ID, Long.class));

    record AuditEventFilterInput(@Nullable String type, @Nullable String actor,
            @Nullable AuditSubjectType subjectType, @Nullable String subjectId, @Nullable Instant from,
            @Nullable Instant to) {
    }

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @QueryMapping
    Window<AuditEvent> auditEvents(@Argument @Nullable AuditEventFilterInput filter, ScrollSubrange subrange,
            Caller caller) {
        ScrollPosition position = Cursors.keyset(subrange, RECORDED_ORDER);
        int limit = Math.clamp(subrange.count().orElse(DEFAULT_PAGE), 1, MAX_PAGE);
        return filterOf(filter).map(matching -> audit.events(caller, matching, position, limit))
                .orElseGet(() -> audit.noEvents(caller));
    }

    @QueryMapping
    ChainVerification verifyAuditChain(@Argument @Nullable Integer from, @Argument @Nullable Integer to,
            Caller caller) {
        return audit.verify(caller, from == null ? null : from.longValue(), to == null ? null : to.longValue());
    }

    @SchemaMapping(typeName = "AuditEvent", field = "subjectId")
    @Nullable String subjectId(AuditEvent event) {
        return event.subjectType() == null || event.subjectType().nodeType() == null || event.subjectId() == null
                ? null : GlobalId.of(event.subjectType().nodeType(), event.subjectId());
    }

    /**
     * The subject's global id also names its type; a well-formed id of a type that has no events (or that
     * contradicts {@code subjectType}) matches nothing, like an unknown id: empty.
     */
    private static Optional<AuditFilter> filterOf(@Nullable AuditEventFilterInput input) {
        if (input == null) {
            return Optional.of(AuditFilter.none());
        }
        AuditSubjectType subjectType = input.subjectType();
        UUID subjectId = null;
        if (input.subjectId() != null) {
            GlobalId id = GlobalId.argument(input.subjectId(), "filter.subjectId");
            AuditSubjectType named = AuditSubjectType.ofNodeType(id.type()).orElse(null);
            if (named == null || (subjectType != null && subjectType != named)) {
                return Optional.empty();
            }
            subjectType = named;
            subjectId = id.id();
        }
        return Optional.of(new AuditFilter(input.type(), input.actor(), subjectType, subjectId, input.from(),
                input.to()));
    }
}
