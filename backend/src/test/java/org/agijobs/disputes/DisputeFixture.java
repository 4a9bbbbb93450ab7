package org.agijobs.disputes;

import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.Participant;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Raises, documents and resolves disputes through the API, as parties and moderators do. */
@TestComponent
public class DisputeFixture {

    private final JobsFixture jobs;

    DisputeFixture(JobsFixture jobs) {
        this.jobs = jobs;
    }

    public ClientGraphQlResponse raiseDispute(Participant party, String job) {
        return jobs.http(party).documentName("raiseDispute").variable("input", Map.of("jobId", job,
                "reason", "The result does not meet the spec", "evidenceHash", "cd".repeat(32),
                "evidenceUri", "https://evidence.example/1")).executeSync();
    }

    public ClientGraphQlResponse resolve(Participant judge, String job, String ruling) {
        return jobs.http(judge).documentName("resolveDispute").variable("input", Map.of("jobId", job,
                "ruling", ruling, "reason", "Checked the evidence")).executeSync();
    }

    public ClientGraphQlResponse addEvidence(Participant author, String job, String uri) {
        return jobs.http(author).documentName("addDisputeEvidence").variable("input", Map.of("jobId", job,
                "evidenceHash", "ee".repeat(32), "evidenceUri", uri)).executeSync();
    }
}
