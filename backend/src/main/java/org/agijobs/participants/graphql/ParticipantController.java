package org.agijobs.participants.graphql;

import java.util.List;

import org.agijobs.platform.security.Caller;
import org.agijobs.participants.Participant;
import org.agijobs.participants.AgentType;
import org.agijobs.participants.ParticipantService;
import org.agijobs.participants.ProfileChange;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Role;
import org.agijobs.platform.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @QueryMapping
    Viewer me(Caller caller) {
        List<Role> roles = caller.roles().stream().sorted().toList();
        return new Viewer(participants.profileOf(caller), roles);
    }

    @QueryMapping
    List<Participant> blacklist(Caller caller) {
        return participants.blacklist(caller);
    }

    record UpdateMyProfileInput(String displayName, AgentType agentType, List<String> skills, String profileUri) {
    }

    record UpdateMyProfilePayload(Participant participant, List<UserError> userErrors) {
    }

    @MutationMapping
    UpdateMyProfilePayload updateMyProfile(@Argument UpdateMyProfileInput input, Caller caller) {
        var change = new ProfileChange(input.displayName(), input.agentType(), input.skills(), input.profileUri());
        return Payloads.of(() -> participants.updateProfile(caller, change), UpdateMyProfilePayload::new);
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
