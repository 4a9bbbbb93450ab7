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

    private static final String DISTRIBUTION = """
            id ranAt trigger actor pool totalStake paidOut toTreasury kept recipients
            shares { participant { id handle } stake amount }
            """;

    static final String DISTRIBUTE_FEES = """
            mutation distributeFees($input: DistributeFeesInput!) {
              distributeFees(input: $input) {
                distribution { %s }
                userErrors { field code message }
              }
            }
            """.formatted(DISTRIBUTION);

    static final String FEE_POOL = "{ feePool }";

    static final String FEE_DISTRIBUTIONS = """
            query feeDistributions($first: Int) { feeDistributions(first: $first) { %s } }
            """.formatted(DISTRIBUTION);

    static final String NODE = """
            query node($id: ID!) { node(id: $id) { ... on FeeDistribution { id pool kept } } }
            """;

    ClientGraphQlResponse distributeFees(String token, String idempotencyKey) {
        Map<String, Object> input = new HashMap<>();
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return fixture.graphQl(token).document(DISTRIBUTE_FEES).variable("input", input).executeSync();
    }

    ClientGraphQlResponse feePool(String token) {
        return fixture.graphQl(token).document(FEE_POOL).executeSync();
    }

    ClientGraphQlResponse feeDistributions(String token, Integer first) {
        return fixture.graphQl(token).document(FEE_DISTRIBUTIONS).variable("first", first).executeSync();
    }

    ClientGraphQlResponse node(String token, String id) {
        return fixture.graphQl(token).document(NODE).variable("id", id).executeSync();
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
