package org.agijobs.governance.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agijobs.governance.Proposal;
import org.agijobs.governance.ProposalState;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * A proposal's row and its state machine: PENDING -> QUEUED -> EXECUTED or FAILED, and PENDING or QUEUED ->
 * CANCELLED. Every command locks the row first ({@link ProposalRepository#findForUpdate}), so commands on one
 * proposal, on any instance, run one after the other and each sees the state the previous one left.
 */
@Entity
@Table(name = "proposal")
public class StoredProposal {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "proposer_subject", nullable = false, updatable = false)
    private String proposerSubject;

    @Column(name = "proposer_name", nullable = false, updatable = false)
    private String proposerName;

    @Column(nullable = false, updatable = false)
    private boolean protective;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private @Nullable Instant eta;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "failure_reason")
    private @Nullable String failureReason;

    @Version
    private long version;

    protected StoredProposal() {
        // for JPA
    }

    StoredProposal(UUID id, String reason, String proposerSubject, String proposerName, boolean protective,
            Instant createdAt) {
        this.id = id;
        this.state = ProposalState.PENDING;
        this.reason = reason;
        this.proposerSubject = proposerSubject;
        this.proposerName = proposerName;
        this.protective = protective;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public ProposalState getState() {
        return state;
    }

    public boolean isProtective() {
        return protective;
    }

    public @Nullable Instant getEta() {
        return eta;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Proposal view() {
        return new Proposal(id, state, reason, proposerSubject, proposerName, protective, createdAt, eta, closedAt,
                failureReason);
    }

    /** Still collecting approvals or waiting for its eta; refused with INVALID_STATE once final. */
    void requireOpen(String command) {
        if (!state.isOpen()) {
            throw new DomainException(ErrorCode.INVALID_STATE, "The proposal is " + state + ": it cannot be " + command);
        }
    }

    void queue(Instant newEta) {
        require(ProposalState.PENDING, "queued");
        state = ProposalState.QUEUED;
        eta = newEta;
    }

    /** Queued and due at {@code now}; refused otherwise, with the reason a client can act on. */
    void requireDue(Instant now) {
        if (state == ProposalState.PENDING) {
            throw new DomainException(ErrorCode.INVALID_STATE,
                    "The proposal has not reached its approval threshold: it cannot be executed yet");
        }
        requireOpen("executed");
        if (eta != null && now.isBefore(eta)) {
            throw new DomainException(ErrorCode.INVALID_STATE, "The proposal's timelock runs until " + eta
                    + ": it cannot be executed before then");
        }
    }

    void executed(Instant at) {
        require(ProposalState.QUEUED, "executed");
        state = ProposalState.EXECUTED;
        closedAt = at;
    }

    void failed(Instant at, String why) {
        require(ProposalState.QUEUED, "failed");
        state = ProposalState.FAILED;
        closedAt = at;
        failureReason = why.length() > 2000 ? why.substring(0, 2000) : why;
    }

    void cancel(Instant at) {
        requireOpen("cancelled");
        state = ProposalState.CANCELLED;
        closedAt = at;
    }

    private void require(ProposalState expected, String command) {
        if (state != expected) {
            throw new IllegalStateException("Proposal " + id + " is " + state + ", not " + expected + ": cannot be " + command);
        }
    }
}
