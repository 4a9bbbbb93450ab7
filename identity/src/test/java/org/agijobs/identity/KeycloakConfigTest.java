package org.agijobs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class KeycloakConfigTest {

    private static final Path HOME = Path.of("/opt/keycloak");

    @Test
    void defaultsSuitTheDevelopmentSetup() {
        KeycloakConfig config = KeycloakConfig.builder(HOME)
                .database("jdbc:postgresql://localhost:5432/keycloak", "keycloak", "secret")
                .build();

        assertThat(config.port()).isEqualTo(8180);
        assertThat(config.managementPort()).isEqualTo(9180);
        assertThat(config.adminUser()).isEqualTo("admin");
        assertThat(config.adminPassword()).isEqualTo("admin");
        assertThat(config.realmFile()).isNull();
        assertThat(config.logFile()).isEqualTo(HOME.resolve("data/log/keycloak-8180.log"));
        assertThat(config.javaHome()).isEqualTo(System.getProperty("java.home"));
    }

    @Test
    void managementPortFollowsThePortSoThatTwoServersDoNotCollide() {
        KeycloakConfig config = KeycloakConfig.builder(HOME)
                .port(8280)
                .database("jdbc:postgresql://localhost:5432/keycloak", "keycloak", "secret")
                .build();

        assertThat(config.managementPort()).isEqualTo(9280);
    }

    @Test
    void toStringHidesThePasswords() {
        KeycloakConfig config = KeycloakConfig.builder(HOME)
                .database("jdbc:postgresql://localhost:5432/keycloak", "keycloak", "db-secret")
                .admin("admin", "admin-secret")
                .build();

        assertThat(config.toString()).contains("jdbc:postgresql://localhost:5432/keycloak")
                .doesNotContain("db-secret", "admin-secret");
    }

    @Test
    void distributionIsTheOneMavenUnpacksIntoTheIdentityModule() {
        assertThat(KeycloakServer.distributionIn(Path.of("/work/project")))
                .isEqualTo(Path.of("/work/project/identity/target/keycloak/keycloak-" + KeycloakServer.version()));
        assertThat(KeycloakServer.version()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
