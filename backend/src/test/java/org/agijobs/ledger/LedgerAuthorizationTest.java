package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.TestDocuments;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.web.client.HttpClientErrorException;

/** Every ledger operation by every role, by a token without a platform role, and anonymously. */
@ApiTest
class LedgerAuthorizationTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    /** Each mutation, the roles it allows, and how to call it once so that an allowed call succeeds. */
    enum LedgerMutation {
        FUND_ACCOUNT("fundAccount", EnumSet.of(Role.OWNER)),
        REQUEST_FAUCET("requestFaucet", EnumSet.of(Role.OWNER, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR)),
        WITHDRAW("withdraw", EVERY_ROLE),
        CREDIT_TREASURY("creditTreasury", EnumSet.of(Role.OWNER));

        final String field;
        final Set<Role> allowed;

        LedgerMutation(String field, Set<Role> allowed) {
            this.field = field;
            this.allowed = allowed;
        }
    }

    enum LedgerQuery {
        MY_BALANCES("myBalances", EVERY_ROLE),
        LEDGER_HEALTH("ledgerHealth", EnumSet.of(Role.OWNER)),
        PARAMETERS("parameters", EVERY_ROLE);

        final String document;
        final Set<Role> allowed;

        LedgerQuery(String document, Set<Role> allowed) {
            this.document = document;
            this.allowed = allowed;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    LedgerApi api;
    String owner;

    @BeforeEach
    void api() {
        api = new LedgerApi(port, tokens);
        owner = tokens.issue("authorization.owner", "owner");
    }

    static Stream<Arguments> everyMutationByEveryRole() {
        return Arrays.stream(LedgerMutation.values()).flatMap(mutation -> Stream.concat(
                Arrays.stream(Role.values()).map(role -> Arguments.of(mutation, role.realmRoleName())),
                Stream.of(Arguments.of(mutation, "no-platform-role"))));
    }

    static Stream<Arguments> everyQueryByEveryRole() {
        return Arrays.stream(LedgerQuery.values()).flatMap(query -> Stream.concat(
                Arrays.stream(Role.values()).map(role -> Arguments.of(query, role.realmRoleName())),
                Stream.of(Arguments.of(query, "no-platform-role"))));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyMutationByEveryRole")
    void onlyTheAllowedRolesMayCallAMutation(LedgerMutation mutation, String realmRole) {
        String token = tokens.issue(mutation.field + "." + realmRole + "." + UUID.randomUUID(), realmRole);

        ClientGraphQlResponse response = call(mutation, token);

        assertThat(response.getErrors()).isEmpty();
        if (allows(mutation.allowed, realmRole)) {
            assertThat(LedgerApi.errors(response, mutation.field)).isEmpty();
            assertThat(LedgerApi.receipt(response, mutation.field)).isNotNull();
        } else {
            assertThat(LedgerApi.errors(response, mutation.field)).extracting(LedgerApi.Error::code)
                    .containsExactly("FORBIDDEN");
            assertThat(LedgerApi.receipt(response, mutation.field)).isNull();
        }
    }

    @ParameterizedTest(name = "{0} anonymously")
    @EnumSource(LedgerMutation.class)
    void anAnonymousMutationIsUnauthorized(LedgerMutation mutation) {
        assertThatThrownBy(() -> call(mutation, null)).isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyQueryByEveryRole")
    void onlyTheAllowedRolesMayRunAQuery(LedgerQuery query, String realmRole) {
        String token = tokens.issue("query." + realmRole + "." + UUID.randomUUID(), realmRole);

        ClientGraphQlResponse response = TestDocuments.http(port, token).documentName(query.document).executeSync();

        if (allows(query.allowed, realmRole)) {
            assertThat(response.getErrors()).isEmpty();
        } else {
            assertThat(response.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
            });
        }
    }

    @ParameterizedTest(name = "{0} anonymously")
    @EnumSource(LedgerQuery.class)
    void anAnonymousQueryIsUnauthorized(LedgerQuery query) {
        assertThatThrownBy(() -> TestDocuments.http(port, null).documentName(query.document).executeSync())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    private ClientGraphQlResponse call(LedgerMutation mutation, String token) {
        BiFunction<String, String, ClientGraphQlResponse> withKey = switch (mutation) {
            case FUND_ACCOUNT -> (t, key) -> api.fundAccount(t, api.participantId(owner), "1", key);
            case REQUEST_FAUCET -> (t, key) -> api.faucet(t, "1", key);
            case WITHDRAW -> (t, key) -> {
                if (t != null) {
                    api.fundAccount(owner, api.participantId(t), "1", null);
                }
                return api.withdraw(t, "1", key);
            };
            case CREDIT_TREASURY -> (t, key) -> api.creditTreasury(t, "1", key);
        };
        return withKey.apply(token, UUID.randomUUID().toString());
    }

    private static boolean allows(Set<Role> allowed, String realmRole) {
        return allowed.stream().anyMatch(role -> role.realmRoleName().equals(realmRole));
    }
}
