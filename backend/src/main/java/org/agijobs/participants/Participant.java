package org.agijobs.participants;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Keycloak user or service account as the platform knows it: its public profile. */
@Entity
@Table(name = "participant")
public class Participant {

    /**
     * The treasury's record (migration V18): the employer of the jobs governance spawns from treasury money, so a
     * spawned job has a party of record like any other. Its money is the TREASURY account, never a wallet.
     */
    public static final UUID TREASURY_ID = UUID.fromString("00000000-0000-4000-8000-00000000a000");

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String subject;

    @Column(nullable = false, unique = true)
    private String handle;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_type", nullable = false)
    private AgentType agentType = AgentType.HUMAN;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_skill", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "skill")
    private Set<String> skills = new LinkedHashSet<>();

    @Column(name = "profile_uri")
    private String profileUri;

    @Column(name = "policy_version_acknowledged", nullable = false)
    private int policyVersionAcknowledged;

    @Column(nullable = false)
    private boolean blacklisted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    public UUID getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AgentType getAgentType() {
        return agentType;
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }

    public String getProfileUri() {
        return profileUri;
    }

    public int getPolicyVersionAcknowledged() {
        return policyVersionAcknowledged;
    }

    public boolean isBlacklisted() {
        return blacklisted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Applies a validated profile change: only the fields it carries change. */
    void update(ProfileChange change) {
        if (change.displayName() != null) {
            displayName = change.displayName();
        }
        if (change.agentType() != null) {
            agentType = change.agentType();
        }
        if (change.skills() != null) {
            skills.clear();
            skills.addAll(change.skills());
        }
        if (change.profileUri() != null) {
            profileUri = change.profileUri().isEmpty() ? null : change.profileUri();
        }
    }

    /** Governance's blacklist and un-blacklist actions; the flag is the only thing they change. */
    void blacklist(boolean blacklisted) {
        this.blacklisted = blacklisted;
    }

    /** Records that the participant accepted terms version {@code version}; an older version changes nothing. */
    void acknowledgePolicy(int version) {
        policyVersionAcknowledged = Math.max(policyVersionAcknowledged, version);
    }
}
