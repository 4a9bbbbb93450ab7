package org.agijobs.participants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roles recorded for work without a token: those of the newest token seen, taken from every authenticated
 * request before it is handled, and never overwritten by an older token still in use.
 */
@ApiTest
class SeenRolesTest {

    @Autowired
    Participants participants;
    @Autowired
    SeenRoles seenRoles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProfileStartsWithTheRolesOfTheRequestThatCreatedIt() {
        Participant newcomer = participants.newcomer("seen.newcomer", "validator", "employer");

        assertThat(recorded(newcomer)).containsExactly("employer", "validator");
    }

    @Test
    void aRevocationIsRecordedEvenByTheRequestItGetsRefused() {
        Participant validator = participants.participant("seen.revoked", "validator");
        Participant revoked = participants.withRoles(validator, "agent");

        var refused = TestDocuments.http(participants.port(), revoked.token()).documentName("commitVote")
                .variable("input", Map.of("jobId", GlobalId.of("Job", UUID.randomUUID()), "commitHash", "ab".repeat(32)))
                .executeSync();

        assertThat(refused.field("commitVote.userErrors[0].code").toEntity(String.class)).isEqualTo("FORBIDDEN");
        assertThat(recorded(validator)).containsExactly("agent");
    }

    @Test
    void aRequestWithAnOlderTokenDoesNotUndoWhatANewerTokenShowed() {
        Participant validator = participants.participant("seen.stale", "validator");
        Participant revoked = participants.withRoles(validator, "agent");
        me(revoked);

        me(validator);

        assertThat(recorded(validator)).containsExactly("agent");
    }

    @Test
    void theStatementKeepsTheNewestTokensRolesWhateverOrderRequestsArriveIn() {
        Participant participant = participants.participant("seen.ordered", "validator");
        Instant issued = Instant.parse("2030-01-01T00:00:00Z");

        seenRoles.record(participant.subject(), Set.of(Role.AGENT), issued);
        seenRoles.record(participant.subject(), Set.of(Role.VALIDATOR), issued.minusSeconds(1));
        assertThat(recorded(participant)).containsExactly("agent");

        seenRoles.record(participant.subject(), Set.of(Role.VALIDATOR, Role.EMPLOYER), issued.plusSeconds(1));
        assertThat(recorded(participant)).containsExactly("employer", "validator");

        // A token without an issued-at can't be ordered: its roles are taken as they come.
        seenRoles.record(participant.subject(), Set.of(), null);
        assertThat(recorded(participant)).isEmpty();
    }

    private void me(Participant participant) {
        assertThat(TestDocuments.http(participants.port(), participant.token()).documentName("myRoles").executeSync()
                .getErrors()).isEmpty();
    }

    private List<String> recorded(Participant participant) {
        String[] roles = jdbc.sql("select seen_roles from participant where id = :id").param("id", participant.id())
                .query((rs, row) -> (String[]) rs.getArray("seen_roles").getArray()).single();
        return List.of(roles);
    }
}
