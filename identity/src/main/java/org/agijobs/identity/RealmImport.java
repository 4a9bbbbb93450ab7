package org.agijobs.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the realm export where {@code --import-realm} looks for it. Keycloak imports a realm only when it does
 * not exist yet in its database, so a kept database keeps the realm as it was first imported.
 */
final class RealmImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmImport() {
    }

    /** Returns the name of the realm that will be imported. */
    static String prepare(KeycloakConfig config) throws IOException {
        Path importDirectory = config.home().resolve("data/import");
        Files.createDirectories(importDirectory);
        removeEarlierExports(importDirectory);
        Path realmFile;
        if (config.realmFile() == null) {
            realmFile = AgiJobsRealm.writeTo(importDirectory);
        } else {
            realmFile = importDirectory.resolve(config.realmFile().getFileName());
            Files.copy(config.realmFile(), realmFile, StandardCopyOption.REPLACE_EXISTING);
        }
        return realmName(realmFile);
    }

    // Every JSON file in the folder is imported: one left by an earlier run would bring a realm nobody asked for.
    private static void removeEarlierExports(Path importDirectory) throws IOException {
        try (Stream<Path> files = Files.list(importDirectory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String realmName(Path realmFile) {
        JsonNode realm = JSON.readTree(realmFile.toFile()).path("realm");
        if (!realm.isString() || realm.asString().isBlank()) {
            throw new KeycloakStartException(realmFile + " has no \"realm\" name");
        }
        return realm.asString();
    }
}
