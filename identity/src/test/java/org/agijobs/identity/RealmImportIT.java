package org.agijobs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The bundled realm imported into the real Keycloak distribution, backed by PostgreSQL, checked with real tokens.
 * One server serves every test; the last test closes it and checks that no process survives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealmImportIT {

    private static final Set<String> PLATFORM_ROLES =
            Set.of("owner", "employer", "agent", "validator", "moderator", "guardian", "integrator");
    private static final int LAST = Integer.MAX_VALUE;

    private static EmbeddedPostgres postgres;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloakOnPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE keycloak");
        }
        Path projectRoot = Path.of(System.getProperty("agijobs.projectRoot", "..")).toAbsolutePath().normalize();
        KeycloakConfig config = KeycloakConfig.builder(KeycloakServer.distributionIn(projectRoot))
                .port(freePort())
                .managementPort(freePort())
                .database("jdbc:postgresql://localhost:" + postgres.getPort() + "/keycloak", "postgres", "postgres")
                .logFile(projectRoot.resolve("identity/target/keycloak-it.log"))
                .build();
        keycloak = KeycloakServer.start(config);
        System.out.printf("Keycloak %s: build %d ms, start %d ms, kc.sh pid %d%n", KeycloakServer.version(),
                keycloak.buildDuration().toMillis(), keycloak.startDuration().toMillis(), keycloak.process().pid());
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void thirdPartyClientCredentialsTokenCarriesIntegratorRoleAndApiAudience() throws Exception {
        HttpResponse<String> response = TokenRequests.post(keycloak.tokenEndpoint(), "third-party-demo",
                "third-party-demo-secret", Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        AccessToken token = AccessToken.fromTokenResponse(response.body());
        assertThat(token.realmRoles()).contains("integrator");
        assertThat(token.audiences()).contains("api");
        assertThat(token.lifetimeSeconds()).isEqualTo(300);
        assertThat(token.claim("azp")).isEqualTo("third-party-demo");
        assertThat(token.claim("iss")).isEqualTo(keycloak.issuerUri().toString());
    }

    @ParameterizedTest(name = "{0} signs in to the portal and gets the {1} role")
    @CsvSource({
            "olivia.owner, owner",
            "oscar.owner, owner",
            "otto.owner, owner",
            "emma.employer, employer",
            "eric.employer, employer",
            "ada.agent, agent",
            "alan.agent, agent",
            "victor.validator, validator",
            "vera.validator, validator",
            "vito.validator, validator",
            "valerie.validator, validator",
            "mona.moderator, moderator",
            "gary.guardian, guardian",
            "ian.integrator, integrator"})
    void demoUserSignsInWithCodeFlowAndPkceAndGetsExactlyTheirRole(String username, String role) throws Exception {
        AccessToken token = new BrowserLogin(keycloak).logIn(username, "demo").accessToken();

        assertThat(token.realmRoles()).filteredOn(PLATFORM_ROLES::contains).containsExactly(role);
        assertThat(token.audiences()).contains("api");
        assertThat(token.claim("preferred_username")).isEqualTo(username);
        assertThat(token.claim("azp")).isEqualTo("portal");
        assertThat(token.lifetimeSeconds()).isEqualTo(300);
    }

    @ParameterizedTest(name = "{0}'s token subject is the fixed id the backend's council and demo market use")
    @CsvSource({
            "olivia.owner, a0000000-0000-4000-8000-000000000001",
            "oscar.owner, a0000000-0000-4000-8000-000000000002",
            "otto.owner, a0000000-0000-4000-8000-000000000003",
            "emma.employer, a0000000-0000-4000-8000-000000000004",
            "ada.agent, a0000000-0000-4000-8000-000000000006",
            "valerie.validator, a0000000-0000-4000-8000-000000000011",
            "ian.integrator, a0000000-0000-4000-8000-000000000014"})
    void demoUserTokenSubjectIsTheFixedUserId(String username, String subject) throws Exception {
        AccessToken token = new BrowserLogin(keycloak).logIn(username, "demo").accessToken();

        assertThat(token.claim("sub")).isEqualTo(subject);
    }

    @Test
    void logoutRedirectsBackToThePortal() throws Exception {
        BrowserLogin browser = new BrowserLogin(keycloak);
        BrowserLogin.SignedIn signedIn = browser.logIn("olivia.owner", "demo");

        HttpResponse<String> answer = browser.logOut(signedIn.idToken(), "http://localhost:8080/");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(BrowserLogin.location(answer).toString()).startsWith("http://localhost:8080/");
    }

    @Test
    void logoutToAnUnlistedAddressIsRefused() throws Exception {
        BrowserLogin browser = new BrowserLogin(keycloak);
        BrowserLogin.SignedIn signedIn = browser.logIn("olivia.owner", "demo");

        HttpResponse<String> answer = browser.logOut(signedIn.idToken(), "http://localhost:8080/elsewhere");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        BrowserLogin browser = new BrowserLogin(keycloak);
        HttpResponse<String> loginPage = browser.requestAuthorization(BrowserLogin.REDIRECT_URI);

        HttpResponse<String> answer = browser.submitCredentials(loginPage, "emma.employer", "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("Invalid username or password");
    }

    @Test
    void authorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> answer = new BrowserLogin(keycloak).requestAuthorizationWithoutPkce();

        assertThat(answer.statusCode()).isEqualTo(302);
        var location = BrowserLogin.location(answer);
        assertThat(location.toString()).startsWith(BrowserLogin.REDIRECT_URI);
        assertThat(BrowserLogin.queryParameter(location, "error")).contains("invalid_request");
        assertThat(BrowserLogin.queryParameter(location, "error_description")).hasValueSatisfying(
                description -> assertThat(description).contains("code_challenge_method"));
        assertThat(BrowserLogin.queryParameter(location, "code")).isEmpty();
    }

    @Test
    void redirectUriOutsideTheListIsRefused() throws Exception {
        HttpResponse<String> answer = new BrowserLogin(keycloak)
                .requestAuthorization("http://localhost:8080/login/oauth2/code/elsewhere");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("Invalid parameter: redirect_uri");
    }

    @Test
    void portalCannotUseThePasswordGrant() throws Exception {
        HttpResponse<String> response = TokenRequests.post(keycloak.tokenEndpoint(), BrowserLogin.CLIENT_ID,
                BrowserLogin.CLIENT_SECRET, Map.of("grant_type", "password", "username", "olivia.owner",
                        "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    @Order(LAST)
    void closingStopsTheScriptAndKeycloaksJavaProcess() {
        ProcessHandle script = keycloak.process();
        List<ProcessHandle> children = script.descendants().toList();
        assertThat(children).as("Keycloak's JVM runs as a child of kc.sh")
                .anySatisfy(child -> assertThat(child.info().command()).hasValueSatisfying(
                        command -> assertThat(command).endsWith("/java")));

        keycloak.close();

        assertThat(script.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(keycloak.isRunning()).isFalse();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
