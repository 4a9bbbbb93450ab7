package org.agijobs.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.JobsFixture.Refusal;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pause switch: who may pause, the typed errors of pausing twice or resuming unpaused, and its audit trail. */
@ApiTest
class MarketPauseTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    MarketPause pause;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resume() {
        PauseFixture.resume(pause);
    }

    @Test
    void aGuardianPausesAtOnceAndEveryRoleSeesIt() {
        Participant guardian = jobs.participant("pause.guardian", "0", "guardian");
        Participant employer = jobs.employer("pause.onlooker", "0");

        ClientGraphQlResponse paused = pause(guardian, "INTAKE", "Suspicious job spam");

        JobsFixture.requireNoErrors(paused, "pause");
        Map<String, Object> state = jobs.http(employer).documentName("pauseState").executeSync()
                .field("pauseState").getValue();
        assertThat(state).containsEntry("level", "INTAKE").containsEntry("reason", "Suspicious job spam")
                .containsEntry("pausedBy", paused.field("pause.pauseState.pausedBy").getValue());
        assertThat(pause.state().bySubject()).isEqualTo(guardian.subject());
    }

    @Test
    void onlyOwnersAndGuardiansPause() {
        for (String role : List.of("employer", "agent", "validator", "moderator", "integrator")) {
            Participant other = jobs.participant("pause." + role, "0", role);

            assertThat(codes(pause(other, "FULL", "Not mine to stop"))).containsExactly("FORBIDDEN");
        }
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);

        JobsFixture.requireNoErrors(pause(jobs.participant("pause.owner", "0", "owner"), "FULL", "Owner stop"), "pause");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.FULL);
    }

    @Test
    void pausingAtTheLevelInForceIsATypedErrorAndRaisingToFullIsNot() {
        Participant guardian = jobs.participant("twice.guardian", "0", "guardian");
        JobsFixture.requireNoErrors(pause(guardian, "INTAKE", "First"), "pause");

        assertThat(errors(pause(guardian, "INTAKE", "Again"))).singleElement()
                .isEqualTo(new Refusal("input.level", "INVALID_STATE",
                        "The market is already paused at INTAKE since " + pause.state().since()));
        assertThat(pause.state().reason()).isEqualTo("First");

        JobsFixture.requireNoErrors(pause(guardian, "FULL", "Worse"), "pause");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.FULL);
        assertThat(codes(pause(guardian, "FULL", "Again"))).containsExactly("INVALID_STATE");
        assertThat(codes(pause(guardian, "INTAKE", "Lower it"))).containsExactly("INVALID_STATE");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.FULL);
        assertThat(pause.state().reason()).isEqualTo("Worse");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Participant guardian = jobs.participant("bad.guardian", "0", "guardian");

        assertThat(errors(pause(guardian, "NONE", "Resume please"))).extracting(Refusal::field, Refusal::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("input.level", "INVALID_INPUT"));
        assertThat(errors(pause(guardian, "FULL", "  "))).extracting(Refusal::field, Refusal::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("input.reason", "INVALID_INPUT"));
        assertThat(codes(pause(guardian, "FULL", "x".repeat(MarketPause.MAX_REASON + 1)))).containsExactly("INVALID_INPUT");
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);
    }

    @Test
    void resumingWhenNotPausedIsATypedError() {
        PauseLevel before = pause.state().level();
        assertThat(before).isEqualTo(PauseLevel.NONE);

        assertThatThrownBy(() -> pause.resume("proposal-1", PauseFixture.EXECUTOR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void everyPauseAndResumeIsRecordedWithWhoWhenAndWhy() {
        Participant guardian = jobs.participant("audit.guardian", "0", "guardian");
        long before = changes();

        JobsFixture.requireNoErrors(pause(guardian, "INTAKE", "Audit me"), "pause");
        JobsFixture.requireNoErrors(pause(guardian, "FULL", "Audit me harder"), "pause");
        pause.resume("proposal-42", PauseFixture.EXECUTOR);

        assertThat(changes()).isEqualTo(before + 3);
        List<Map<String, Object>> last = jdbc.sql("""
                select level, previous_level, reason, actor_subject, proposal from market_pause_change
                order by id desc limit 3
                """).query().listOfRows();
        assertThat(last.get(2)).containsEntry("level", "INTAKE").containsEntry("previous_level", "NONE")
                .containsEntry("reason", "Audit me").containsEntry("actor_subject", guardian.subject());
        assertThat(last.get(1)).containsEntry("level", "FULL").containsEntry("previous_level", "INTAKE");
        assertThat(last.get(0)).containsEntry("level", "NONE").containsEntry("previous_level", "FULL")
                .containsEntry("proposal", "proposal-42").containsEntry("actor_subject", PauseFixture.EXECUTOR.subject());
        assertThat(pause.state().level()).isEqualTo(PauseLevel.NONE);
    }

    @Test
    void underFullAnAgentStillWithdrawsItsWalletButNobodyPostsAJob() {
        Participant guardian = jobs.participant("exit.guardian", "0", "guardian");
        Participant employer = jobs.employer("exit.employer", "500");
        long jobsBefore = jobs.count("select count(*) from job where employer_id = :id", Map.of("id", employer.id()));
        JobsFixture.requireNoErrors(pause(guardian, "FULL", "Exploit under investigation"), "pause");

        ClientGraphQlResponse refused = jobs.createJob(employer, jobs.jobInput("Refused", "100"));
        ClientGraphQlResponse withdrawn = jobs.http(employer).documentName("withdraw").variable("amount", "200")
                .executeSync();

        assertThat(errors(refused, "createJob")).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("PAUSED");
            assertThat(error.message()).contains("FULL").contains("Exploit under investigation");
        });
        assertThat(jobs.count("select count(*) from job where employer_id = :id", Map.of("id", employer.id())))
                .isEqualTo(jobsBefore);
        JobsFixture.requireNoErrors(withdrawn, "withdraw");
        assertThat(jobs.balance(org.agijobs.ledger.AccountRef.wallet(employer.id()))).isEqualTo(Money.of(300));
    }

    private ClientGraphQlResponse pause(Participant actor, String level, String reason) {
        return jobs.http(actor).documentName("pause").variable("level", level).variable("reason", reason).executeSync();
    }

    private long changes() {
        return jdbc.sql("select count(*) from market_pause_change").query(Long.class).single();
    }

    private static List<Refusal> errors(ClientGraphQlResponse response) {
        return errors(response, "pause");
    }

    private static List<Refusal> errors(ClientGraphQlResponse response, String mutation) {
        return JobsFixture.errors(response, mutation);
    }

    private static List<String> codes(ClientGraphQlResponse response) {
        return errors(response).stream().map(Refusal::code).toList();
    }
}
