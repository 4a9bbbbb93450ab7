package org.agijobs.certificates.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.certificates.Certificate;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, UUID> {

    Optional<Certificate> findByJobId(UUID jobId);

    boolean existsByJobId(UUID jobId);

    List<Certificate> findByJobIdIn(Collection<UUID> jobIds);

    /** An agent's certificates, newest first; the order doubles as the keyset of the cursors. */
    Window<Certificate> findByAgentIdOrderByIssuedAtDescIdDesc(UUID agentId, ScrollPosition position, Limit limit);
}
