package org.agijobs.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class UpdateMyProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void anAgentSetsItsTypeSkillsAndLinkAndOmittedFieldsStay() {
        var client = GraphQlClients.http(port, tokens.issue("profile.editor", "agent"));

        var response = client.documentName("updateMyProfile").variable("input", Map.of(
                "agentType", "AI", "skills", List.of("Summarisation", "python", "python"),
                "profileUri", "https://example.org/agents/editor")).executeSync();

        assertThat(response.field("updateMyProfile.userErrors").toEntityList(Object.class)).isEmpty();
        var profile = client.documentName("myProfile").executeSync();
        assertThat(profile.field("me.participant.agentType").toEntity(String.class)).isEqualTo("AI");
        assertThat(profile.field("me.participant.skills").toEntityList(String.class)).containsExactly("python", "summarisation");
        assertThat(profile.field("me.participant.profileUri").toEntity(String.class)).isEqualTo("https://example.org/agents/editor");
        assertThat(profile.field("me.participant.displayName").toEntity(String.class)).isEqualTo("Name of profile.editor");
    }

    @Test
    void refusesBadFieldsWithTheFieldNamedAndChangesNothing() {
        var client = GraphQlClients.http(port, tokens.issue("profile.careless", "employer"));
        client.documentName("updateMyProfile").variable("input", Map.of("skills", List.of("design"))).executeSync();

        assertRefused(client, Map.of("skills", List.of("design", "no spaces please")), "input.skills");
        assertRefused(client, Map.of("displayName", " ".repeat(3)), "input.displayName");
        assertRefused(client, Map.of("displayName", "x".repeat(201)), "input.displayName");
        assertRefused(client, Map.of("profileUri", "javascript:alert(1)"), "input.profileUri");
        assertRefused(client, Map.of("skills", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "s" + i).toList()),
                "input.skills");

        assertThat(client.documentName("myProfile").executeSync().field("me.participant.skills").toEntityList(String.class))
                .containsExactly("design");
    }

    @Test
    void refusesATokenWithoutAPlatformRole() {
        var client = GraphQlClients.http(port, tokens.issue("profile.nobody", "offline_access"));

        var response = client.documentName("updateMyProfile").variable("input", Map.of("agentType", "AI")).executeSync();

        assertThat(response.field("updateMyProfile.userErrors[0].code").toEntity(String.class)).isEqualTo("FORBIDDEN");
    }

    private static void assertRefused(org.springframework.graphql.client.HttpSyncGraphQlClient client,
                                      Map<String, Object> input, String field) {
        var response = client.documentName("updateMyProfile").variable("input", input).executeSync();
        assertThat(response.field("updateMyProfile.userErrors[0].code").toEntity(String.class)).as(field).isEqualTo("INVALID_INPUT");
        assertThat(response.field("updateMyProfile.userErrors[0].field").toEntity(String.class)).isEqualTo(field);
    }
}
