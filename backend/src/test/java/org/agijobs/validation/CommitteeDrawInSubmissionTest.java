package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.agijobs.jobs.JobEventRecorder;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.ResultSubmitted;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The committee draw is a call inside submitResult's transaction: the two commit together or not at all. */
@ApiTest
class CommitteeDrawInSubmissionTest {

    @Autowired
    JobsFixture jobs;

    @Autowired
    JobEventRecorder events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDrawThatFailsRollsTheSubmissionBack() {
        Participant employer = jobs.employer("draw.fails.employer", "1000");
        Participant agent = jobs.agent("draw.fails.agent", "100", "AI");
        String job = jobs.postJob(employer, "Draw fails", "10");
        JobsFixture.requireNoErrors(jobs.apply(agent, job), "applyForJob");

        refuseCommitteeOf(job);
        try {
            var refused = jobs.submit(agent, job, "ab".repeat(32), null);
            assertThat(refused.getErrors()).isNotEmpty();
        } finally {
            jdbc.sql("drop trigger refuse_committee_draw on committee").update();
        }

        assertThat(jobs.state(job)).isEqualTo("ASSIGNED");
        assertThat(jobs.count("select count(*) from job where id = :id and result_hash is null",
                Map.of("id", JobsFixture.uuid(job)))).isEqualTo(1);
        assertThat(events.of(JobsFixture.uuid(job))).noneMatch(ResultSubmitted.class::isInstance);

        JobsFixture.requireNoErrors(jobs.submit(agent, job, "ab".repeat(32), null), "submitResult");
        assertThat(jobs.count("select count(*) from committee where job_id = :id",
                Map.of("id", JobsFixture.uuid(job)))).isEqualTo(1);
    }

    /** The draw's first write for this job fails, as a crash or a lost connection in the middle of it would. */
    private void refuseCommitteeOf(String job) {
        jdbc.sql("""
                create or replace function refuse_committee_draw() returns trigger language plpgsql as $$
                begin
                    raise exception 'committee draw refused for the test';
                end;
                $$""").update();
        jdbc.sql("create trigger refuse_committee_draw before insert on committee for each row when (new.job_id = '"
                + JobsFixture.uuid(job) + "'::uuid) execute function refuse_committee_draw()").update();
    }
}
