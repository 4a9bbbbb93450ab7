package org.agijobs.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.agijobs.platform.money.Money;
import org.hibernate.annotations.Immutable;

/**
 * A certificate as issued: the fields it states, and the signed JWS that carries them. It never changes once
 * issued, so it is read-only here; the issuer writes it with one insert that a replay cannot repeat.
 */
@Entity
@Immutable
@Table(name = "certificate")
public class Certificate {

    @Id
    private UUID id;

    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "agent_id")
    private UUID agentId;

    @Column(name = "employer_id")
    private UUID employerId;

    @Column(name = "spec_hash")
    private String specHash;

    @Column(name = "result_hash")
    private String resultHash;

    private BigDecimal reward;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "key_id")
    private String keyId;

    private String jws;

    protected Certificate() {
        // for JPA
    }

    public UUID getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public UUID getEmployerId() {
        return employerId;
    }

    public String getSpecHash() {
        return specHash;
    }

    public String getResultHash() {
        return resultHash;
    }

    public Money getReward() {
        return new Money(reward);
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    /** When the platform signed it: the JWS {@code iat}, in whole seconds. */
    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** The {@code kid} of the platform key that signed it. */
    public String getKeyId() {
        return keyId;
    }

    /** The certificate itself: a JWS in compact serialization. */
    public String getJws() {
        return jws;
    }
}
