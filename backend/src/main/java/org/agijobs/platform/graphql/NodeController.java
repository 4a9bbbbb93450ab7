package org.agijobs.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its opaque global id; an unknown or malformed id gives null. */
@Controller
class NodeController {

    private final Map<String, NodeFinder> finders;

    NodeController(List<NodeFinder> finders) {
        this.finders = finders.stream().collect(Collectors.toUnmodifiableMap(NodeFinder::type, Function.identity()));
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Object node(@Argument String id) {
        return Optional.of(GlobalId.argument(id, "id"))
                .flatMap(global -> Optional.ofNullable(finders.get(global.type()))
                        .flatMap(finder -> finder.find(global.id())))
                .orElse(null);
    }
}
