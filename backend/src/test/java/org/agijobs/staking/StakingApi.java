package org.agijobs.staking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agijobs.support.TestDocuments;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** The staking GraphQL operations as a third party calls them, for one test server. */
record StakingApi(int port) {

    /** A payload's {@code userErrors} entry. */
    record Error(String field, String code, String message) {
    }

    ClientGraphQlResponse deposit(String token, String role, String amount, String key) {
        return mutate(token, "depositStake", input("role", role, "amount", amount, "idempotencyKey", key));
    }

    ClientGraphQlResponse requestWithdrawal(String token, String role, String amount, String key) {
        return mutate(token, "requestStakeWithdrawal", input("role", role, "amount", amount, "idempotencyKey", key));
    }

    ClientGraphQlResponse finalizeWithdrawal(String token, String withdrawalId, String key) {
        return mutate(token, "finalizeStakeWithdrawal", input("withdrawalId", withdrawalId, "idempotencyKey", key));
    }

    ClientGraphQlResponse myStakes(String token) {
        return TestDocuments.http(port, token).documentName("myStakes").executeSync();
    }

    /** The caller's stake in one role, as {@code myStakes} shows it. */
    Map<String, Object> stake(String token, String role) {
        List<Map<String, Object>> stakes = myStakes(token).field("myStakes").getValue();
        return stakes.stream().filter(stake -> role.equals(stake.get("role"))).findFirst().orElseThrow();
    }

    static List<Error> errors(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".userErrors").toEntityList(Error.class);
    }

    static List<String> codes(ClientGraphQlResponse response, String mutation) {
        return errors(response, mutation).stream().map(Error::code).toList();
    }

    static Map<String, Object> result(ClientGraphQlResponse response, String mutation, String field) {
        return response.field(mutation + "." + field).getValue();
    }

    private ClientGraphQlResponse mutate(String token, String mutation, Map<String, Object> input) {
        return TestDocuments.http(port, token).documentName(mutation).variable("input", input).executeSync();
    }

    /** Input fields by name; a null value is left out, as a client leaves out an optional field. */
    private static Map<String, Object> input(String... namesAndValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                input.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return input;
    }
}
