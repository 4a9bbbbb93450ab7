package org.agijobs.participants;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.participants.internal.ParticipantRepository;
import org.agijobs.participants.internal.ProfileRegistrar;
import org.agijobs.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants module's API: profiles of the people and services that use the platform. */
@Service
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ProfileRegistrar registrar;

    ParticipantService(ParticipantRepository participants, ProfileRegistrar registrar) {
        this.participants = participants;
        this.registrar = registrar;
    }

    /** The caller's own profile, created the first time the caller is seen. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Participant profileOf(Caller caller) {
        return participants.findBySubject(caller.subject()).orElseGet(() -> {
            registrar.registerIfAbsent(caller);
            return participants.findBySubject(caller.subject()).orElseThrow();
        });
    }

    /**
     * Records the caller's acceptance of terms version {@code version}. Which version is current is governance's
     * business; this module only keeps the highest version each participant accepted.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Participant acknowledgePolicy(Caller caller, int version) {
        Participant participant = profileOf(caller);
        participant.acknowledgePolicy(version);
        return participant;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Participant> findById(UUID id) {
        return participants.findById(id);
    }
}
