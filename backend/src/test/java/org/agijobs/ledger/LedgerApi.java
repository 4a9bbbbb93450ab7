package org.agijobs.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.agijobs.support.TestDocuments;
import org.agijobs.support.TestTokens;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** The ledger's GraphQL operations as a third party calls them, for one test server. */
record LedgerApi(int port, TestTokens tokens, Map<String, HttpSyncGraphQlClient> clients) {

    LedgerApi(int port, TestTokens tokens) {
        this(port, tokens, new ConcurrentHashMap<>());
    }

    /** One client per token, shared by the threads of concurrent tests. */
    HttpSyncGraphQlClient client(String token) {
        return clients.computeIfAbsent(token == null ? "" : token, t -> TestDocuments.http(port, token));
    }

    /** A payload's {@code userErrors} entry. */
    record Error(String field, String code, String message) {
    }

    ClientGraphQlResponse faucet(String token, String amount, String key) {
        return client(token).documentName("requestFaucet")
                .variable("amount", amount).variable("key", key).executeSync();
    }

    ClientGraphQlResponse withdraw(String token, String amount, String key) {
        return client(token).documentName("withdraw")
                .variable("amount", amount).variable("key", key).executeSync();
    }

    ClientGraphQlResponse creditTreasury(String token, String amount, String key) {
        return client(token).documentName("creditTreasury")
                .variable("amount", amount).variable("key", key).executeSync();
    }

    ClientGraphQlResponse fundAccount(String token, String participant, String amount, String key) {
        return client(token).documentName("fundAccount")
                .variable("participant", participant).variable("amount", amount).variable("key", key).executeSync();
    }

    /** The caller's participant global id (creating the profile on first use). */
    String participantId(String token) {
        return client(token).documentName("myParticipantId").executeSync()
                .field("me.participant.id").toEntity(String.class);
    }

    /** The caller's wallet balance as text. */
    String wallet(String token) {
        List<Map<String, Object>> balances = client(token).documentName("myBalances").executeSync()
                .field("myBalances").getValue();
        return balances.stream().filter(b -> "WALLET".equals(b.get("kind"))).map(b -> (String) b.get("balance"))
                .findFirst().orElseThrow();
    }

    static List<Error> errors(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".userErrors").toEntityList(Error.class);
    }

    static Map<String, Object> receipt(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".receipt").getValue();
    }
}
