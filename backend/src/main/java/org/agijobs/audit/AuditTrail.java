package org.agijobs.audit;

import java.util.List;
import java.util.Optional;

import org.agijobs.audit.internal.AuditStore;
import org.agijobs.audit.internal.ChainVerifier;
import org.agijobs.audit.internal.SealedPages;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/** The audit module's API: the recorded events, filtered and paged, and the check of their chain. */
@Service
public class AuditTrail {

    private final AuditStore store;
    private final ChainVerifier verifier;

    AuditTrail(AuditStore store, ChainVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /** The events that match {@code filter}, in the order they were recorded. Owners and integrators only. */
    public Window<AuditEvent> events(Caller caller, AuditFilter filter, ScrollPosition position, int limit) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return store.page(filter, position, limit);
    }

    /** An empty page, for a filter that can match nothing; refused like {@link #events} for other roles. */
    public Window<AuditEvent> noEvents(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return Window.from(List.of(), index -> ScrollPosition.keyset(), false);
    }

    /**
     * The sealed events that match {@code filter} with seq in {@code fromSeq..toSeq} (both inclusive, open when
     * null), in seq order, read lazily a page at a time as the result is iterated so that an export of the whole
     * trail never holds it in memory. Owners and integrators only; the caller and range are checked here, before
     * anything is read.
     */
    public Iterable<AuditEvent> sealedEvents(Caller caller, AuditFilter filter, @Nullable Long fromSeq,
            @Nullable Long toSeq) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        if (fromSeq != null && fromSeq < 1) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "fromSeq", "The chain starts at seq 1");
        }
        if (toSeq != null && toSeq < 1) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "toSeq", "The chain starts at seq 1");
        }
        if (fromSeq != null && toSeq != null && toSeq < fromSeq) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "toSeq", "The range ends before it starts");
        }
        long afterSeq = fromSeq == null ? 0 : fromSeq - 1;
        return () -> new SealedPages(store, filter, afterSeq, toSeq);
    }

    /** The newest sealed event's seq and hash, empty before the first. Owners and integrators only. */
    public Optional<AuditHead> head(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        return store.head().map(link -> new AuditHead(link.getKey(), link.getValue()));
    }

    /**
     * Checks the sealed events from seq {@code from} (1 when null) to {@code to} (the head when null). Owners and
     * integrators only.
     */
    public ChainVerification verify(Caller caller, @Nullable Long from, @Nullable Long to) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.INTEGRATOR);
        long start = from == null ? 1 : from;
        if (start < 1) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "from", "The chain starts at seq 1");
        }
        if (to != null && to < start) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "to", "The range ends before it starts");
        }
        return verifier.verify(start, to);
    }
}
