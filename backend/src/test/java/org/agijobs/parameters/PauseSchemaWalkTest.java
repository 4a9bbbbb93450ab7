package org.agijobs.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/**
 * Walks every mutation of the live schema at each pause level and checks that exactly the documented ones answer
 * {@code PAUSED}. The documents are built from introspection (one per mutation, with the least input its types
 * accept), so a mutation added to the schema is walked at once, and fails this test until it is classified here
 * and in {@link PausedMutations}. The caller holds no platform role, so nothing a call might otherwise do happens:
 * only whether the pause refused it matters.
 */
@ApiTest
class PauseSchemaWalkTest {

    /** The documented table (README, Pause): the lowest level that refuses each mutation, or NONE for never. */
    private static final Map<String, PauseLevel> REFUSED_FROM = refusedFrom();

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    MarketPause pause;

    @AfterEach
    void resume() {
        PauseFixture.resume(pause);
    }

    @Test
    void everyMutationIsClassifiedAndExactlyTheDocumentedOnesAreRefusedAtEachLevel() {
        HttpSyncGraphQlClient client = GraphQlClients.http(port, tokens.issue("pause.walker", "offline_access"));
        Schema schema = Schema.read(client);
        assertThat(schema.mutations().keySet()).as("mutations without a pause classification")
                .allSatisfy(name -> assertThat(REFUSED_FROM).containsKey(name));
        Set<String> unknown = new TreeSet<>(REFUSED_FROM.keySet());
        unknown.removeAll(schema.mutations().keySet());
        assertThat(unknown).as("classified but not in the schema").isEmpty();
        assertThat(PausedMutations.CLASSIFIED).containsAll(REFUSED_FROM.keySet());

        Map<PauseLevel, Set<String>> refused = new TreeMap<>();
        refused.put(PauseLevel.NONE, refusedNow(client, schema));
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.INTAKE, "Walking the schema");
        refused.put(PauseLevel.INTAKE, refusedNow(client, schema));
        pause.pause(PauseFixture.EXECUTOR_OWNER, PauseLevel.FULL, "Walking the schema");
        refused.put(PauseLevel.FULL, refusedNow(client, schema));

        for (PauseLevel level : PauseLevel.values()) {
            assertThat(refused.get(level)).as("refused with PAUSED at " + level).isEqualTo(expected(schema, level));
        }
    }

    private static Set<String> expected(Schema schema, PauseLevel level) {
        return schema.mutations().keySet().stream()
                .filter(name -> REFUSED_FROM.get(name) != PauseLevel.NONE
                        && REFUSED_FROM.get(name).compareTo(level) <= 0 && level != PauseLevel.NONE)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The mutations that answer PAUSED now; a PAUSED answer must be the only error and say the level and why. */
    private Set<String> refusedNow(HttpSyncGraphQlClient client, Schema schema) {
        PauseState state = pause.state();
        Set<String> refused = new TreeSet<>();
        schema.mutations().forEach((name, arguments) -> {
            ClientGraphQlResponse response = schema.call(client, name, arguments);
            Object payload = response.field(name).getValue();
            if (!(payload instanceof Map<?, ?> fields) || !(fields.get("userErrors") instanceof List<?> errors)) {
                return;
            }
            boolean paused = errors.stream().anyMatch(error -> "PAUSED".equals(((Map<?, ?>) error).get("code")));
            if (paused) {
                assertThat(errors).as(name + " refused").hasSize(1);
                assertThat((String) ((Map<?, ?>) errors.getFirst()).get("message")).as(name + "'s refusal")
                        .contains(state.level().name()).contains(state.reason());
                assertThat(fields.entrySet()).as(name + "'s payload besides the error")
                        .allSatisfy(field -> assertThat(field.getKey().equals("userErrors")
                                || field.getKey().equals("__typename") || field.getValue() == null).isTrue());
                refused.add(name);
            }
        });
        return refused;
    }

    private static Map<String, PauseLevel> refusedFrom() {
        Map<String, PauseLevel> table = new LinkedHashMap<>();
        for (String name : List.of("createJob", "applyForJob", "depositStake")) {
            table.put(name, PauseLevel.INTAKE);
        }
        for (String name : List.of("submitResult", "cancelJob", "commitVote", "revealVote", "raiseDispute",
                "addDisputeEvidence", "resolveDispute", "fundAccount", "requestFaucet", "creditTreasury",
                "distributeFees", "requestStakeWithdrawal", "finalizeStakeWithdrawal", "updateMyProfile")) {
            table.put(name, PauseLevel.FULL);
        }
        for (String name : List.of("withdraw", "acknowledgeTerms", "pause", "proposeChange", "approveProposal",
                "executeProposal", "cancelProposal")) {
            table.put(name, PauseLevel.NONE);
        }
        return table;
    }

    /** The mutations and input types of the live schema, from introspection. */
    private record Schema(Map<String, List<Map<String, Object>>> mutations, Map<String, Map<String, Object>> types) {

        @SuppressWarnings("unchecked")
        static Schema read(HttpSyncGraphQlClient client) {
            ClientGraphQlResponse response = client.documentName("schemaMutations").executeSync();
            assertThat(response.getErrors()).as("introspection errors").isEmpty();
            Map<String, Object> schema = response.field("__schema").getValue();
            Map<String, List<Map<String, Object>>> mutations = new TreeMap<>();
            for (Map<String, Object> field : (List<Map<String, Object>>) ((Map<String, Object>) schema
                    .get("mutationType")).get("fields")) {
                mutations.put((String) field.get("name"), (List<Map<String, Object>>) field.get("args"));
            }
            Map<String, Map<String, Object>> types = new TreeMap<>();
            for (Map<String, Object> type : (List<Map<String, Object>>) schema.get("types")) {
                types.put((String) type.get("name"), type);
            }
            return new Schema(mutations, types);
        }

        /** Calls the mutation with a value for every required argument and selects only its errors. */
        ClientGraphQlResponse call(HttpSyncGraphQlClient client, String name, List<Map<String, Object>> arguments) {
            List<String> declarations = new ArrayList<>();
            List<String> passed = new ArrayList<>();
            Map<String, Object> variables = new LinkedHashMap<>();
            for (Map<String, Object> argument : arguments) {
                @SuppressWarnings("unchecked")
                Map<String, Object> type = (Map<String, Object>) argument.get("type");
                String argumentName = (String) argument.get("name");
                declarations.add("$" + argumentName + ": " + typeName(type));
                passed.add(argumentName + ": $" + argumentName);
                variables.put(argumentName, value(type, 0));
            }
            String document = "mutation walk" + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                    + " { " + name + (passed.isEmpty() ? "" : "(" + String.join(", ", passed) + ")")
                    + " { __typename userErrors { code message } } }";
            return client.document(document).variables(variables).executeSync();
        }

        @SuppressWarnings("unchecked")
        private static String typeName(Map<String, Object> type) {
            return switch ((String) type.get("kind")) {
                case "NON_NULL" -> typeName((Map<String, Object>) type.get("ofType")) + "!";
                case "LIST" -> "[" + typeName((Map<String, Object>) type.get("ofType")) + "]";
                default -> (String) type.get("name");
            };
        }

        /** The least value the type accepts: required input fields only, one list element, the first enum value. */
        @SuppressWarnings("unchecked")
        private Object value(Map<String, Object> type, int depth) {
            if (depth > 10) {
                throw new IllegalStateException("Input types nest too deep to walk: " + type);
            }
            return switch ((String) type.get("kind")) {
                case "NON_NULL" -> value((Map<String, Object>) type.get("ofType"), depth + 1);
                case "LIST" -> List.of(value((Map<String, Object>) type.get("ofType"), depth + 1));
                case "ENUM" -> ((List<Map<String, Object>>) types.get(type.get("name")).get("enumValues")).getFirst()
                        .get("name");
                case "INPUT_OBJECT" -> {
                    Map<String, Object> input = new LinkedHashMap<>();
                    for (Map<String, Object> field : (List<Map<String, Object>>) types.get(type.get("name"))
                            .get("inputFields")) {
                        Map<String, Object> fieldType = (Map<String, Object>) field.get("type");
                        if ("NON_NULL".equals(fieldType.get("kind"))) {
                            input.put((String) field.get("name"), value(fieldType, depth + 1));
                        }
                    }
                    yield input;
                }
                default -> switch ((String) type.get("name")) {
                    case "Int" -> 1;
                    case "Float" -> 1.0;
                    case "Boolean" -> false;
                    case "Money" -> "1";
                    case "DateTime" -> "2100-01-01T00:00:00Z";
                    default -> "pause-walk";
                };
            };
        }
    }
}
