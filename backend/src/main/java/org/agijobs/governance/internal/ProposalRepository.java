package org.agijobs.governance.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<StoredProposal, UUID>, JpaSpecificationExecutor<StoredProposal> {

    /** The proposal with its row locked until the transaction ends: every command on a proposal takes it first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from StoredProposal p where p.id = :id")
    Optional<StoredProposal> findForUpdate(UUID id);
}
