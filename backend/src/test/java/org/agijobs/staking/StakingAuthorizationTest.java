package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.agijobs.platform.graphql.GlobalId;
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

/** Every staking operation for every realm role, a token without platform roles, and no token at all. */
@ApiTest
class StakingAuthorizationTest {

    private static final Set<Role> DEPOSITORS = EnumSet.of(Role.OWNER, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR);
    private static final String UNKNOWN_WITHDRAWAL = GlobalId.of("StakeWithdrawal", UUID.randomUUID());

    @Autowired
    StakingFixture fixture;

    StakingApi api;

    @BeforeEach
    void api() {
        api = fixture.api();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void platformStakeIsForOwnersEmployersAgentsAndValidators(Role role) {
        Participant staker = fixture.fundedStaker("platform." + role.realmRoleName(), "10", role.realmRoleName());

        var response = api.deposit(staker.token(), "PLATFORM", "1", null);

        if (DEPOSITORS.contains(role)) {
            assertThat(StakingApi.errors(response, "depositStake")).isEmpty();
        } else {
            assertForbidden(response, "depositStake", null);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void agentStakeIsForAgentsOnly(Role role) {
        Participant staker = fixture.fundedStaker("agent-stake." + role.realmRoleName(), "100", role.realmRoleName());

        var response = api.deposit(staker.token(), "AGENT", "100", null);

        if (role == Role.AGENT) {
            assertThat(StakingApi.errors(response, "depositStake")).isEmpty();
        } else {
            assertForbidden(response, "depositStake", DEPOSITORS.contains(role) ? "input.role" : null);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void validatorStakeIsForValidatorsOnly(Role role) {
        Participant staker = fixture.fundedStaker("validator-stake." + role.realmRoleName(), "1000", role.realmRoleName());

        var response = api.deposit(staker.token(), "VALIDATOR", "1000", null);

        if (role == Role.VALIDATOR) {
            assertThat(StakingApi.errors(response, "depositStake")).isEmpty();
        } else {
            assertForbidden(response, "depositStake", DEPOSITORS.contains(role) ? "input.role" : null);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayRequestAWithdrawalOfItsOwnStake(Role role) {
        Participant staker = fixture.fundedStaker("exit." + role.realmRoleName(), "10", role.realmRoleName());
        api.deposit(staker.token(), "PLATFORM", "10", null);

        var response = api.requestWithdrawal(staker.token(), "PLATFORM", "10", null);

        if (DEPOSITORS.contains(role)) {
            assertThat(StakingApi.errors(response, "requestStakeWithdrawal")).isEmpty();
        } else {
            assertThat(StakingApi.codes(response, "requestStakeWithdrawal")).containsExactly("INSUFFICIENT_FUNDS");
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayFinalizeItsOwnWithdrawals(Role role) {
        Participant staker = fixture.staker("finalizer." + role.realmRoleName(), role.realmRoleName());

        var response = api.finalizeWithdrawal(staker.token(), UNKNOWN_WITHDRAWAL, null);

        assertThat(StakingApi.codes(response, "finalizeStakeWithdrawal")).containsExactly("NOT_FOUND");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesItsStakes(Role role) {
        Participant staker = fixture.staker("reader." + role.realmRoleName(), role.realmRoleName());

        var response = api.myStakes(staker.token());

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("myStakes").toEntityList(Object.class)).hasSize(3);
    }

    @Test
    void aTokenWithoutPlatformRolesMayDoNothing() {
        Participant nobody = fixture.fundedStaker("nobody", "10", "offline_access");

        assertForbidden(api.deposit(nobody.token(), "PLATFORM", "1", null), "depositStake", null);
        assertForbidden(api.requestWithdrawal(nobody.token(), "PLATFORM", "1", null), "requestStakeWithdrawal", null);
        assertForbidden(api.finalizeWithdrawal(nobody.token(), UNKNOWN_WITHDRAWAL, null), "finalizeStakeWithdrawal",
                null);
        assertThat(api.myStakes(nobody.token()).getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        assertThatThrownBy(() -> api.deposit(null, "PLATFORM", "1", null))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> api.requestWithdrawal(null, "PLATFORM", "1", null))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> api.finalizeWithdrawal(null, UNKNOWN_WITHDRAWAL, null))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> api.myStakes(null)).isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    private static void assertForbidden(ClientGraphQlResponse response, String mutation, String field) {
        assertThat(StakingApi.errors(response, mutation)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("FORBIDDEN");
            assertThat(error.field()).isEqualTo(field);
        });
    }
}
