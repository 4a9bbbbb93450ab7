package org.agijobs.e2e.topology;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholderTest {

    @Test
    void placeholderWithoutDefaultIsRequired() {
        assertThat(Placeholder.in("${DB_URL}")).containsExactly(new Placeholder("DB_URL", Optional.empty()));
    }

    @Test
    void emptyDefaultStillCountsAsDefault() {
        assertThat(Placeholder.in("${API_AUDIENCE:}").getFirst().isRequired()).isFalse();
    }

    @Test
    void placeholderNestedInADefaultIsNotRequiredOnItsOwn() {
        assertThat(Placeholder.in("${PUBLIC_URL:${BASE_URL}}/x"))
                .containsExactly(new Placeholder("PUBLIC_URL", Optional.of("${BASE_URL}")));
    }

    @Test
    void findsEveryPlaceholderOfAValueAndKeepsTheDefaultsColons() {
        assertThat(Placeholder.in("jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/${DB_NAME}"))
                .containsExactly(new Placeholder("DB_HOST", Optional.of("localhost")),
                        new Placeholder("DB_PORT", Optional.of("5432")),
                        new Placeholder("DB_NAME", Optional.empty()));
        assertThat(Placeholder.in("${URL:http://localhost:8180/realms/agijobs}").getFirst().defaultValue())
                .contains("http://localhost:8180/realms/agijobs");
    }

    @Test
    void propertyReferencesAreNotEnvironmentVariables() {
        assertThat(Placeholder.in("${spring.application.name}").getFirst().isEnvironmentVariable()).isFalse();
    }
}
