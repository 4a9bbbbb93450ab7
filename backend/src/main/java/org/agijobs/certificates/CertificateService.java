package org.agijobs.certificates;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.certificates.internal.CertificateRepository;
import org.agijobs.certificates.internal.CertificateVerifier;
import org.agijobs.certificates.internal.SigningKeys;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates module's API. Certificates are issued by the module itself when a job settles as a success;
 * here they are read (any role; agents list their own) and checked (anyone, without a token: a certificate is
 * meant to be shown to people who have no account here).
 */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificateVerifier verifier;
    private final SigningKeys keys;
    private final ParticipantService participants;

    CertificateService(CertificateRepository certificates, CertificateVerifier verifier, SigningKeys keys,
                       ParticipantService participants) {
        this.certificates = certificates;
        this.verifier = verifier;
        this.keys = keys;
        this.participants = participants;
    }

    /** The certificate of a job; empty when it did not settle as a success (yet). Any role. */
    @Transactional(readOnly = true)
    public Optional<Certificate> forJob(Caller caller, UUID jobId) {
        Authorization.requireSomeRole(caller);
        return certificates.findByJobId(jobId);
    }

    /** The calling agent's certificates, newest first. Agents. Not read-only: a first call creates the profile. */
    @Transactional
    public Window<Certificate> mine(Caller caller, ScrollPosition position, int limit) {
        Authorization.requireAnyOf(caller, Role.AGENT);
        UUID agent = participants.profileOf(caller).getId();
        return certificates.findByAgentIdOrderByIssuedAtDescIdDesc(agent, position, Limit.of(limit));
    }

    /** Certificates by job id, in one query, for batch loading; jobs without one are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Certificate> forJobs(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        return certificates.findByJobIdIn(jobIds).stream()
                .collect(Collectors.toMap(Certificate::getJobId, Function.identity()));
    }

    /** For node lookups, whose caller was checked by the node query. */
    @Transactional(readOnly = true)
    public Optional<Certificate> find(UUID id) {
        return certificates.findById(id);
    }

    /**
     * Whether {@code jws} is a genuine certificate of this platform, and what it states. Anyone may ask: the
     * answer tells nothing that the certificate and the public key set don't, except whether it is on record.
     */
    @Transactional(readOnly = true)
    public CertificateVerification verify(String jws) {
        return verifier.verify(jws);
    }

    /** The public key set (RFC 7517) that verifies every certificate, as JSON: no private part ever leaves. */
    public String publicKeySet() {
        return keys.publicKeys().toString(true);
    }
}
