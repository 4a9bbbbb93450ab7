package org.agijobs.jobs.graphql;

import java.util.List;

import org.agijobs.jobs.internal.Job;
import org.agijobs.platform.errors.UserError;

/** The payload of every job mutation: the job as it is now, or why nothing happened. */
record JobPayload(Job job, List<UserError> userErrors) {
}
