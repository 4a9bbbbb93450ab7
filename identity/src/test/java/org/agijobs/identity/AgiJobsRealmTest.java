package org.agijobs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fast checks of the bundled export; {@link RealmImportIT} checks what Keycloak makes of it. */
class AgiJobsRealmTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void definesTheSevenPlatformRolesEachWithADescription() throws IOException {
        JsonNode roles = realm().path("roles").path("realm");

        assertThat(names(roles, "name"))
                .containsExactlyInAnyOrder("owner", "employer", "agent", "validator", "moderator", "guardian",
                        "integrator");
        roles.forEach(role -> assertThat(role.path("description").asString()).isNotBlank());
    }

    @Test
    void demoUsersAreEnoughForARealCommitteeEachWithAFixedIdAndTheDemoPassword() throws IOException {
        List<JsonNode> people = new ArrayList<>();
        realm().path("users").forEach(user -> {
            if (!user.path("username").asString().startsWith("service-account-")) {
                people.add(user);
            }
        });

        assertThat(people).extracting(user -> user.path("username").asString()).containsExactly("olivia.owner",
                "oscar.owner", "otto.owner", "emma.employer", "eric.employer", "ada.agent", "alan.agent",
                "victor.validator", "vera.validator", "vito.validator", "valerie.validator", "mona.moderator",
                "gary.guardian", "ian.integrator");
        // The backend's council and the demo market name these users by token subject, so the ids are fixed.
        List<String> expectedIds = new ArrayList<>();
        for (int n = 1; n <= people.size(); n++) {
            expectedIds.add("a0000000-0000-4000-8000-%012d".formatted(n));
        }
        assertThat(people).extracting(user -> user.path("id").asString()).containsExactlyElementsOf(expectedIds);
        people.forEach(user -> {
            assertThat(user.path("credentials").get(0).path("value").asString()).isEqualTo("demo");
            assertThat(user.path("email").asString()).isEqualTo(user.path("username").asString() + "@agijobs.example");
        });
    }

    @Test
    void noClientAcceptsWildcardRedirects() throws IOException {
        List<String> redirectUris = new ArrayList<>();
        realm().path("clients").forEach(client -> redirectUris.addAll(names(client.path("redirectUris"), null)));

        assertThat(redirectUris).containsExactly("http://localhost:8080/login/oauth2/code/keycloak");
    }

    @Test
    void writeToCopiesTheBundledFileUnchanged(@TempDir Path directory) throws IOException {
        Path written = AgiJobsRealm.writeTo(directory.resolve("import"));

        try (InputStream bundled = AgiJobsRealm.open()) {
            assertThat(Files.readAllBytes(written)).isEqualTo(bundled.readAllBytes());
        }
        assertThat(written.getFileName()).hasToString(AgiJobsRealm.FILE_NAME);
    }

    private static JsonNode realm() throws IOException {
        try (InputStream stream = AgiJobsRealm.open()) {
            JsonNode realm = JSON.readTree(stream);
            assertThat(realm.path("realm").asString()).isEqualTo(AgiJobsRealm.NAME);
            return realm;
        }
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asString() : node.path(field).asString()));
        return values;
    }
}
