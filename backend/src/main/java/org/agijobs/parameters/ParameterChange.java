package org.agijobs.parameters;

import java.time.Instant;
import java.util.UUID;

/** The last change of a parameter: the executed proposal that set its value, and when. */
public record ParameterChange(UUID proposalId, Instant at) {
}
