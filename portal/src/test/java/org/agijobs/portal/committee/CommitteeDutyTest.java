package org.agijobs.portal.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.portal.backend.StubGraphQlBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a validator's votes put on the wire, against a stub backend: never the vote before its reveal. */
class CommitteeDutyTest {

    private static final String JOB = "Sm9iOjQy";
    private static final String ME = "UGFydGljaXBhbnQ6Nw==";
    private static final String HASH = "ab".repeat(32);

    private final StubGraphQlBackend backend = new StubGraphQlBackend();
    private final CommitteeDuty duty = new CommitteeDuty(backend.client());

    CommitteeDutyTest() throws IOException {
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void listsTheSeatsWithTheValidatorsOwnVote() {
        backend.answer("committeeAssignments", """
                {"data":{"me":{"participant":{"id":"%s"}},"myCommitteeAssignments":[{
                 "job":{"id":"%s","title":"Label 10k images"},"phase":"REVEAL",
                 "commitEndsAt":"2026-11-24T10:00:00Z","revealEndsAt":"2026-11-24T11:00:00Z",
                 "members":[{"validator":{"id":"other"},"committed":false,"commitHash":null,"revealed":false},
                            {"validator":{"id":"%s"},"committed":true,"commitHash":"%s","revealed":false}]}]}}
                """.formatted(ME, JOB, ME, HASH));

        CommitteeDuty.Assignments assignments = duty.assignments();

        assertThat(assignments.validatorId()).isEqualTo(ME);
        CommitteeDuty.Assignment seat = assignments.myCommitteeAssignments().getFirst();
        assertThat(seat.job().title()).isEqualTo("Label 10k images");
        assertThat(seat.phase()).isEqualTo("REVEAL");
        assertThat(seat.commitEndsAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(seat.revealEndsAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(seat.seatOf(ME)).hasValueSatisfying(member -> {
            assertThat(member.committed()).isTrue();
            assertThat(member.revealed()).isFalse();
            assertThat(member.commitHash()).isEqualTo(HASH);
        });
    }

    @Test
    void commitSendsTheHashAndNothingOfTheVote() {
        backend.answer("commitVote", """
                {"data":{"commitVote":{"committee":{"phase":"COMMIT"},"userErrors":[]}}}""");
        UUID key = UUID.randomUUID();

        assertThat(duty.commit(JOB, HASH, key)).isEmpty();

        String request = backend.requests().getFirst();
        assertThat(request).contains("\"jobId\":\"" + JOB + "\"").contains("\"commitHash\":\"" + HASH + "\"")
                .contains("\"idempotencyKey\":\"" + key + "\"")
                .doesNotContain("\"approve\"").doesNotContain("\"salt\"");
    }

    @Test
    void revealSendsVoteAndSaltAndReturnsTheBackendsRefusal() {
        backend.answer("revealVote", """
                {"data":{"revealVote":{"committee":null,"userErrors":[{"field":null,"code":"INVALID_DEADLINE",
                "message":"The reveal window of this job has closed"}]}}}""");

        var errors = duty.reveal(JOB, false, "s4lt-s4lt-s4lt-s4lt", UUID.randomUUID());

        assertThat(errors).extracting(CommitteeDuty.UserError::message)
                .containsExactly("The reveal window of this job has closed");
        assertThat(backend.requests().getFirst()).contains("\"approve\":false")
                .contains("\"salt\":\"s4lt-s4lt-s4lt-s4lt\"");
    }
}
