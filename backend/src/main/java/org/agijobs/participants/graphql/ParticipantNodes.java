package org.agijobs.participants.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.graphql.NodeFinder;
import org.springframework.stereotype.Component;

@Component
class ParticipantNodes implements NodeFinder {

    static final String TYPE = "Participant";

    private final ParticipantService participants;

    ParticipantNodes(ParticipantService participants) {
        this.participants = participants;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return participants.findById(id);
    }
}
