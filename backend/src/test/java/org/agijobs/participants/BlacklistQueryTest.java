package org.agijobs.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;

/** Owners and moderators read who is blacklisted; nobody else does. */
@ApiTest
class BlacklistQueryTest {

    @Autowired
    Participants participants;

    @Test
    void ownersAndModeratorsSeeEveryBlacklistedParticipantByHandleAndNoOneElse() {
        Participant zed = participants.participant("zed.blacklisted", "agent");
        Participant abe = participants.participant("abe.blacklisted", "employer");
        Participant clean = participants.participant("clean.agent", "agent");
        participants.blacklist(zed.id());
        participants.blacklist(abe.id());

        for (String reader : List.of("owner", "moderator")) {
            List<Map<String, Object>> blacklist = blacklist(participants.participant("reader", reader))
                    .field("blacklist").getValue();

            List<Object> ids = blacklist.stream().map(entry -> entry.get("id")).toList();
            assertThat(ids).contains(abe.globalId(), zed.globalId()).doesNotContain(clean.globalId());
            assertThat(ids.indexOf(abe.globalId())).isLessThan(ids.indexOf(zed.globalId()));
            assertThat(blacklist).allSatisfy(entry -> assertThat(entry).containsEntry("blacklisted", true));
            List<String> handles = blacklist.stream().map(entry -> (String) entry.get("handle")).toList();
            assertThat(handles).isSorted();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "MODERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRoleIsRefused(Role role) {
        ClientGraphQlResponse response = blacklist(participants.participant("curious", role.realmRoleName()));

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    private ClientGraphQlResponse blacklist(Participant reader) {
        return TestDocuments.http(participants.port(), reader.token()).documentName("blacklist").executeSync();
    }
}
