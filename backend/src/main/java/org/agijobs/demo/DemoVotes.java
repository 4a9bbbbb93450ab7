package org.agijobs.demo;

import java.util.UUID;

import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.validation.CommitHash;

/**
 * The seeded validators' votes: all approve, each with a salt derived from the job and the validator, so the
 * follow-up that reveals them needs to store nothing. The commit is validation's own recipe over the ids as the API
 * shows them (type names as the GraphQL schema spells them).
 */
final class DemoVotes {

    static final boolean APPROVE = true;

    private DemoVotes() {
    }

    static String saltOf(UUID jobId, UUID validatorId) {
        return "demo-" + jobId + "-" + validatorId;
    }

    static String commitOf(UUID jobId, UUID validatorId) {
        return CommitHash.of(GlobalId.of("Job", jobId), GlobalId.of("Participant", validatorId), APPROVE,
                saltOf(jobId, validatorId));
    }
}
