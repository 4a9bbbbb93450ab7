package org.agijobs.platform.graphql;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.agijobs.participants.ParticipantService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its opaque global id; an unknown or malformed id gives null. */
@Controller
class NodeController {

    private final Map<String, Function<UUID, Optional<?>>> finders;

    NodeController(ParticipantService participants) {
        this.finders = Map.of("Participant", participants::findById);
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Object node(@Argument String id) {
        return GlobalId.decode(id)
                .flatMap(global -> Optional.ofNullable(finders.get(global.type()))
                        .flatMap(finder -> finder.apply(global.id())))
                .orElse(null);
    }
}
