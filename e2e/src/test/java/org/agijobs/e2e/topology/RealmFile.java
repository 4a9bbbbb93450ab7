package org.agijobs.e2e.topology;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A Keycloak realm export, as Keycloak's --import-realm reads it. */
record RealmFile(JsonNode realm) {

    static RealmFile load(Path file) {
        return new RealmFile(JsonMapper.builder().build().readTree(file.toFile()));
    }

    String name() {
        return realm.path("realm").asString();
    }

    List<String> clientIds() {
        return clients().map(client -> client.path("clientId").asString()).toList();
    }

    List<String> redirectUris(String clientId) {
        return clients().filter(client -> clientId.equals(client.path("clientId").asString()))
                .flatMap(client -> client.path("redirectUris").valueStream())
                .map(JsonNode::asString)
                .toList();
    }

    private Stream<JsonNode> clients() {
        return realm.path("clients").valueStream();
    }
}
