package org.agijobs.treasury;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.client.ClientGraphQlResponse;

/** The treasury GraphQL operations as a third party calls them. */
record TreasuryApi(TreasuryFixture fixture) {

    /** A payload's {@code userErrors} entry. */
    record Error(String field, String code, String message) {
    }

    ClientGraphQlResponse distributeFees(String token, String idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return fixture.graphQl(token).documentName("distributeFees").variable("input", input).executeSync();
    }

    ClientGraphQlResponse feePool(String token) {
        return fixture.graphQl(token).documentName("feePool").executeSync();
    }

    ClientGraphQlResponse feeDistributions(String token, Integer first) {
        return fixture.graphQl(token).documentName("feeDistributions").variable("first", first).executeSync();
    }

    ClientGraphQlResponse node(String token, String id) {
        return fixture.graphQl(token).documentName("feeDistributionNode").variable("id", id).executeSync();
    }

    static List<Error> errors(ClientGraphQlResponse response) {
        return response.field("distributeFees.userErrors").toEntityList(Error.class);
    }

    static Map<String, Object> distribution(ClientGraphQlResponse response) {
        assertNoErrors(response);
        return response.field("distributeFees.distribution").getValue();
    }

    static void assertNoErrors(ClientGraphQlResponse response) {
        if (!response.getErrors().isEmpty() || !errors(response).isEmpty()) {
            throw new AssertionError("Unexpected errors: " + response.getErrors() + " " + errors(response));
        }
    }
}
