package org.agijobs.participants.graphql;

import java.util.List;

import org.agijobs.platform.security.Caller;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.security.Role;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Callers;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @QueryMapping
    Viewer me(Authentication authentication) {
        Caller caller = Callers.callerOf(authentication);
        List<Role> roles = caller.roles().stream().sorted().toList();
        return new Viewer(participants.profileOf(caller), roles);
    }

    @SchemaMapping(typeName = "Participant", field = "id")
    String id(Participant participant) {
        return GlobalId.of(ParticipantNodes.TYPE, participant.getId());
    }

    @SchemaMapping(typeName = "Participant", field = "skills")
    List<String> skills(Participant participant) {
        return participant.getSkills().stream().sorted().toList();
    }
}
