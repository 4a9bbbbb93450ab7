package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.client.HttpClientErrorException;

/** Every treasury operation for every realm role, a token without platform roles, and no token at all. */
@ApiTest
class TreasuryAuthorizationTest {

    @Autowired
    TreasuryFixture fixture;

    TreasuryApi api;

    @BeforeEach
    void api() {
        api = new TreasuryApi(fixture);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOwnersDistributeFees(Role role) {
        Participant caller = fixture.person("distributor." + role.realmRoleName(), role.realmRoleName());

        var response = api.distributeFees(caller.token(), null);

        assertThat(response.getErrors()).isEmpty();
        if (role == Role.OWNER) {
            assertThat(TreasuryApi.errors(response)).isEmpty();
            assertThat(response.field("distributeFees.distribution.trigger").toEntity(String.class)).isEqualTo("OWNER");
        } else {
            assertForbidden(response);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesTheFeePool(Role role) {
        Participant caller = fixture.person("pool.reader." + role.realmRoleName(), role.realmRoleName());

        var response = api.feePool(caller.token());

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("feePool").toEntity(String.class)).matches("\\d+(\\.\\d{1,18})?");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOwnersSeePastDistributions(Role role) {
        Participant caller = fixture.person("history.reader." + role.realmRoleName(), role.realmRoleName());

        var response = api.feeDistributions(caller.token(), 5);

        if (role == Role.OWNER) {
            assertThat(response.getErrors()).isEmpty();
        } else {
            assertForbiddenQuery(response);
        }
    }

    @Test
    void aTokenWithoutPlatformRolesMayDoNothing() {
        Participant nobody = fixture.person("treasury.nobody", "offline_access");

        assertForbidden(api.distributeFees(nobody.token(), null));
        assertForbiddenQuery(api.feePool(nobody.token()));
        assertForbiddenQuery(api.feeDistributions(nobody.token(), null));
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        assertThatThrownBy(() -> api.distributeFees(null, null)).isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> api.feePool(null)).isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> api.feeDistributions(null, null))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    private static void assertForbidden(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("distributeFees.distribution").<Object>getValue()).isNull();
        assertThat(TreasuryApi.errors(response)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("FORBIDDEN");
            assertThat(error.field()).isNull();
        });
    }

    private static void assertForbiddenQuery(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }
}
