package org.agijobs.jobs.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, UUID>, JpaSpecificationExecutor<Job> {

    /**
     * The job with its row locked until the transaction ends ({@code select ... for update}): every command on
     * a job takes this lock first, so concurrent commands on one job run one after the other and each sees the
     * state the previous one left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from Job j where j.id = :id")
    Optional<Job> findForUpdate(UUID id);

    List<Job> findByParentIdInOrderByCreatedAtAscIdAsc(Collection<UUID> parentIds);
}
