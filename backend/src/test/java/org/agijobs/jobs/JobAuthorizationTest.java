package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.web.client.HttpClientErrorException;

/** Every job mutation called with each realm role alone, and without a token: only the allowed ones act. */
@ApiTest
class JobAuthorizationTest {

    @Autowired
    JobsFixture fixture;

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyEmployersPostJobs(String role) {
        Participant caller = fixture.participant("poster." + role, "500", role);

        var response = fixture.createJob(caller, fixture.jobInput("Posted by " + role, "100"));

        expect(response, "createJob", role.equals("employer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyTheJobsEmployerOrAnOwnerCancelsIt(String role) {
        Participant employer = fixture.employer("cancel.target.employer", "500");
        String job = fixture.postJob(employer, "Cancellable", "100");
        Participant caller = fixture.participant("canceller." + role, "0", role);

        var response = fixture.cancel(caller, job, "delisted by " + role);

        expect(response, "cancelJob", role.equals("owner"));
        assertThat(fixture.state(job)).isEqualTo(role.equals("owner") ? "CANCELLED" : "CREATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyAgentsApply(String role) {
        Participant employer = fixture.employer("apply.target.employer", "500");
        String job = fixture.postJob(employer, "Open", "100");
        Participant caller = role.equals("agent") ? fixture.agent("applicant", "100", "AI")
                : fixture.participant("applicant." + role, "100", role);

        expect(fixture.apply(caller, job), "applyForJob", role.equals("agent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyTheAssignedAgentSubmits(String role) {
        Participant employer = fixture.employer("submit.target.employer", "500");
        Participant assigned = fixture.agent("assigned.agent", "100", "AI");
        String job = fixture.postJob(employer, "Taken", "100");
        JobsFixture.requireNoErrors(fixture.apply(assigned, job), "applyForJob");
        Participant caller = role.equals("agent") ? fixture.agent("intruder", "100", "AI")
                : fixture.participant("intruder." + role, "0", role);

        expect(fixture.submit(caller, job, "aa".repeat(32), null), "submitResult", false);
        expect(fixture.submit(assigned, job, "aa".repeat(32), null), "submitResult", true);
    }

    @Test
    void theEmployerCancelsItsOwnJobWithoutAReason() {
        Participant employer = fixture.employer("own.employer", "500");
        String job = fixture.postJob(employer, "Mine", "100");

        expect(fixture.cancel(employer, job, null), "cancelJob", true);
    }

    @Test
    void anOwnerMustGiveAReasonToDelist() {
        Participant employer = fixture.employer("delisted.employer", "500");
        String job = fixture.postJob(employer, "Dubious", "100");
        Participant owner = fixture.participant("delisting.owner", "0", "owner");

        var response = fixture.cancel(owner, job, null);

        assertThat(JobsFixture.errors(response, "cancelJob")).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("input.reason"));
        assertThat(fixture.state(job)).isEqualTo("CREATED");
    }

    @Test
    void aCallerWithoutATokenIsRefusedBeforeAnyMutationRuns() {
        Participant employer = fixture.employer("anonymous.target.employer", "500");
        String job = fixture.postJob(employer, "Untouched", "100");

        assertThatThrownBy(() -> fixture.createJob(null, fixture.jobInput("Anonymous", "100")))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> fixture.cancel(null, job, "no"))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> fixture.apply(null, job)).isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> fixture.submit(null, job, "aa".repeat(32), null))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThat(fixture.state(job)).isEqualTo("CREATED");
    }

    @Test
    void aTokenWithoutPlatformRolesCanNeitherActNorRead() {
        Participant nobody = fixture.participant("roleless", "500");
        String job = fixture.postJob(fixture.employer("visible.employer", "500"), "Visible", "100");

        expect(fixture.createJob(nobody, fixture.jobInput("By nobody", "100")), "createJob", false);
        var read = fixture.http(nobody).documentName("jobId").variable("id", job)
                .executeSync();
        assertThat(read.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    private static void expect(ClientGraphQlResponse response, String mutation, boolean allowed) {
        assertThat(response.getErrors()).isEmpty();
        var errors = JobsFixture.errors(response, mutation);
        if (allowed) {
            assertThat(errors).isEmpty();
            assertThat((Object) response.field(mutation + ".job").getValue()).isNotNull();
        } else {
            assertThat(errors).singleElement().satisfies(error -> assertThat(error.code()).isEqualTo("FORBIDDEN"));
            assertThat((Object) response.field(mutation + ".job").getValue()).isNull();
        }
    }
}
