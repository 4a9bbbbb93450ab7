package org.agijobs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The backend in the {@code prod} profile, with the environment production must provide. One annotation, so
 * every production test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@ActiveProfiles("prod")
@TestPropertySource(properties = {
        "DB_URL=jdbc:postgresql://replaced-by-the-test-database/agijobs",
        "DB_USERNAME=postgres",
        "DB_PASSWORD=postgres",
        "KEYCLOAK_ISSUER_URI=https://id.example.org/realms/agijobs",
        "KEYCLOAK_JWK_SET_URI=http://keycloak:8080/realms/agijobs/protocol/openid-connect/certs"})
public @interface ProductionApiTest {
}
