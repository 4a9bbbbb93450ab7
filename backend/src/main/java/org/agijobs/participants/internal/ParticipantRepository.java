package org.agijobs.participants.internal;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.participants.Participant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Optional<Participant> findBySubject(String subject);
}
