package org.agijobs.platform.graphql;

import java.util.Optional;
import java.util.UUID;

/**
 * How {@code node(id:)} reaches a module's objects: each module that has Node types declares one finder
 * per type, so the platform needs to know none of them.
 */
public interface NodeFinder {

    /** The GraphQL type name, which is also the type part of the global id. */
    String type();

    Optional<?> find(UUID id);
}
