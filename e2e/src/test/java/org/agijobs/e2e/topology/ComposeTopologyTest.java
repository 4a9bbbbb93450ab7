package org.agijobs.e2e.topology;

import org.agijobs.e2e.platform.ProjectDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started on the build machines, so it is checked against what it must agree with:
 * the root pom's versions, the realm in the repository, and each app's application.yml under the profiles compose
 * runs it with.
 */
class ComposeTopologyTest {

    private static final String REALM = "agijobs";
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    private static Path root;
    private static ComposeFile compose;

    @BeforeAll
    static void readComposeFile() {
        root = ProjectDirectory.root();
        compose = ComposeFile.load(root.resolve("docker-compose.yml"));
    }

    @Test
    void declaresPostgresKeycloakBackendAndPortal() {
        assertThat(compose.serviceNames()).containsAll(List.of("postgres", "keycloak", "backend", "portal"));
    }

    @Test
    void postgresIsVersion17() {
        ComposeService postgres = compose.service("postgres");

        assertThat(postgres.imageRepository()).isEqualTo("postgres");
        assertThat(postgres.imageTag()).as("tag of %s", postgres.image()).matches("17([.-].*)?");
    }

    @Test
    void postgresCreatesTheDatabasesBackendAndKeycloakUse() {
        String backendDatabase = database("backend", compose.service("backend").environment().get("DB_URL"));
        String keycloakDatabase = database("keycloak", compose.service("keycloak").environment().get("KC_DB_URL"));
        String initScripts = postgresInitScripts();

        for (String database : List.of(backendDatabase, keycloakDatabase)) {
            assertThat(Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?" + Pattern.quote(database) + "\\b").matcher(initScripts).find())
                    .withFailMessage("no init script mounted into postgres' /docker-entrypoint-initdb.d creates database '%s'",
                            database)
                    .isTrue();
        }
    }

    @Test
    void keycloakRunsTheKeycloakVersionOfTheBuild() {
        String expected = RootPom.load(root.resolve("pom.xml")).property("keycloak.version");
        ComposeService keycloak = compose.service("keycloak");

        assertThat(keycloak.imageRepository()).isEqualTo("quay.io/keycloak/keycloak");
        assertThat(keycloak.imageTag())
                .withFailMessage("keycloak runs image %s, but the root pom's keycloak.version is %s", keycloak.image(), expected)
                .isEqualTo(expected);
    }

    @Test
    void keycloakStartsInProductionModeAndImportsTheRepositorysRealm() {
        ComposeService keycloak = compose.service("keycloak");
        assertThat(keycloak.command()).as("keycloak's command").contains("start", "--import-realm").doesNotContain("start-dev");

        List<ComposeService.Mount> imports = keycloak.mounts().stream()
                .filter(mount -> mount.target().startsWith("/opt/keycloak/data/import/")).toList();
        assertThat(imports).as("bind mounts into /opt/keycloak/data/import/").hasSize(1);
        Path realmFile = imports.getFirst().hostPath()
                .orElseThrow(() -> new AssertionError("the realm import is not a bind mount of a repository file"));
        assertThat(realmFile).as("realm file mounted into keycloak").isRegularFile();

        RealmFile realm = RealmFile.load(realmFile);
        assertThat(realm.name()).as("realm of %s", realmFile).isEqualTo(REALM);
        assertThat(realm.clientIds()).as("clients of %s", realmFile).contains("portal", "api", "third-party-demo");
    }

    @Test
    void backendRunsTwoReplicasReachableOnlyInsideCompose() {
        ComposeService backend = compose.service("backend");

        assertThat(backend.replicas()).as("backend deploy.replicas").isEqualTo(2);
        // A fixed host port or name can be taken by one replica only.
        assertThat(backend.has("ports")).as("backend publishes host ports").isFalse();
        assertThat(backend.has("container_name")).as("backend has a container_name").isFalse();
        assertThat(backend.exposedPorts()).as("backend expose").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void eachAppRunsWithTheProdProfile(App app) {
        assertThat(activeProfiles(app))
                .as("profiles of the %s service (SPRING_PROFILES_ACTIVE in docker-compose.yml, else in its Dockerfile,"
                        + " else spring.profiles.default)", app.service())
                .contains("prod");
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void composeSetsEveryVariableTheAppRequires(App app) {
        List<String> profiles = activeProfiles(app);
        SpringAppConfig config = SpringAppConfig.load(app.resources(root), profiles);
        Set<String> missing = new TreeSet<>(config.requiredEnvironmentVariables());
        missing.removeAll(compose.service(app.service()).environment().keySet());

        assertThat(missing)
                .withFailMessage("%s uses %s without a default (profiles %s), but the %s service in docker-compose.yml"
                        + " does not set them", root.relativize(config.file()), missing, profiles, app.service())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void composeRoutesToThePortTheAppListensOn(App app) {
        ComposeService service = compose.service(app.service());
        SpringAppConfig config = SpringAppConfig.load(app.resources(root), activeProfiles(app));
        int port = config.serverPort(service.environmentWithComposeDefaults());
        Optional<Integer> managementPort = config.managementPort(service.environmentWithComposeDefaults());
        List<Integer> containerPorts = Stream.concat(service.exposedPorts().stream(),
                service.ports().stream().map(ComposeService.PortMapping::target)).toList();

        assertThat(containerPorts)
                .withFailMessage("%s listens on %d (server.port) and %s (management.server.port), but"
                        + " docker-compose.yml routes to %s", app.service(), port, managementPort, containerPorts)
                .contains(port)
                .allMatch(containerPort -> containerPort == port || managementPort.equals(Optional.of(containerPort)));
    }

    /** Prometheus scrapes inside the network: a published management port would open the scrape to anyone. */
    @ParameterizedTest
    @EnumSource(App.class)
    void noAppPublishesItsManagementPort(App app) {
        ComposeService service = compose.service(app.service());
        Optional<Integer> managementPort = SpringAppConfig.load(app.resources(root), activeProfiles(app))
                .managementPort(service.environmentWithComposeDefaults());

        assertThat(service.ports().stream().map(ComposeService.PortMapping::target).toList())
                .as("%s's published ports", app.service())
                .noneMatch(target -> managementPort.equals(Optional.of(target)));
    }

    @Test
    void portalIsPublishedOnThePortOfTheRealmsRedirectUris() {
        List<Integer> published = compose.service("portal").ports().stream()
                .map(mapping -> mapping.published().orElse(-1)).toList();
        Path realmFile = root.resolve("identity/src/main/resources/keycloak/agijobs-realm.json");
        List<String> redirectUris = RealmFile.load(realmFile).redirectUris("portal");

        assertThat(redirectUris).as("redirect URIs of client portal in %s", realmFile).isNotEmpty();
        for (String redirectUri : redirectUris) {
            assertThat(published)
                    .withFailMessage("portal's redirect URI %s (realm) does not point at the portal's published ports %s",
                            redirectUri, published)
                    .contains(portOf(URI.create(redirectUri.replace("*", "x"))));
        }
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void appsTrustTheIssuerKeycloakPutsIntoTokens(App app) {
        String issuer = compose.service(app.service()).environment().get("KEYCLOAK_ISSUER_URI");
        String keycloakHostname = compose.service("keycloak").environment().get("KC_HOSTNAME");
        assertThat(keycloakHostname).as("keycloak KC_HOSTNAME").isNotNull();

        assertThat(issuer).as("%s KEYCLOAK_ISSUER_URI", app.service()).isNotNull().endsWith("/realms/" + REALM);
        // Keycloak writes its KC_HOSTNAME into every token's iss claim: anything else would reject every token.
        assertThat(ComposeService.withPlainVariables(issuer))
                .as("%s KEYCLOAK_ISSUER_URI against keycloak's KC_HOSTNAME", app.service())
                .isEqualTo(ComposeService.withPlainVariables(keycloakHostname) + "/realms/" + REALM);
    }

    @Test
    void portalCallsTheBackendByItsServiceName() {
        Map<String, String> portal = compose.service("portal").environment();
        List<Integer> backendPorts = compose.service("backend").exposedPorts();

        for (String variable : List.of("BACKEND_GRAPHQL_URL", "BACKEND_GRAPHQL_WS_URL")) {
            URI uri = URI.create(ComposeService.withComposeDefaults(portal.getOrDefault(variable, "")));
            assertThat(uri.getHost()).as("host of portal %s=%s", variable, uri).isEqualTo("backend");
            assertThat(backendPorts).as("backend's exposed ports for portal %s=%s", variable, uri).contains(portOf(uri));
        }
    }

    private List<String> activeProfiles(App app) {
        ComposeService service = compose.service(app.service());
        String declared = service.environment().get("SPRING_PROFILES_ACTIVE");
        if (declared == null) {
            declared = service.dockerfile().map(Dockerfile::load)
                    .flatMap(dockerfile -> dockerfile.env("SPRING_PROFILES_ACTIVE")).orElse(null);
        }
        return declared == null
                ? SpringAppConfig.defaultProfiles(app.resources(root))
                : List.of(declared.strip().split("\\s*,\\s*"));
    }

    private static String database(String service, String jdbcUrl) {
        assertThat(jdbcUrl).as("%s's JDBC URL", service).isNotNull();
        Matcher match = JDBC_URL.matcher(jdbcUrl);
        assertThat(match.matches()).as("%s's JDBC URL %s is a PostgreSQL URL", service, jdbcUrl).isTrue();
        assertThat(match.group(1)).as("database host of %s", service).isEqualTo("postgres");
        return match.group(3);
    }

    private String postgresInitScripts() {
        Path initDirectory = compose.service("postgres").mounts().stream()
                .filter(mount -> mount.target().startsWith("/docker-entrypoint-initdb.d"))
                .flatMap(mount -> mount.hostPath().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("postgres mounts no init scripts into /docker-entrypoint-initdb.d"));
        try (Stream<Path> files = Files.isDirectory(initDirectory) ? Files.list(initDirectory) : Stream.of(initDirectory)) {
            StringBuilder scripts = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scripts.append(Files.readString(file)).append('\n');
            }
            return scripts.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return switch (uri.getScheme()) {
            case "https", "wss" -> 443;
            default -> 80;
        };
    }
}
