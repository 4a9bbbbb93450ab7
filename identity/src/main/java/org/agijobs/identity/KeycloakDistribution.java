package org.agijobs.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where Maven unpacked the Keycloak distribution, and the script that runs it. */
final class KeycloakDistribution {

    private static final String VERSION_RESOURCE = "org/agijobs/identity/keycloak-distribution.properties";

    private KeycloakDistribution() {
    }

    static String version() {
        try (InputStream stream = KeycloakDistribution.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            if (stream == null) {
                throw new IOException("Resource " + VERSION_RESOURCE + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(stream);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path in(Path projectRoot) {
        return projectRoot.toAbsolutePath().normalize()
                .resolve("identity/target/keycloak/keycloak-" + version());
    }

    static Path script(Path home) {
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            throw new KeycloakStartException("No executable " + script
                    + ": unpack the distribution first with ./mvnw -pl identity package");
        }
        return script;
    }
}
