package org.agijobs.identity;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code bin/kc.sh} of one distribution with the JDK and environment of a {@link KeycloakConfig}. */
final class KeycloakScript {

    private final KeycloakConfig config;
    private final Path script;

    KeycloakScript(KeycloakConfig config) {
        this.config = config;
        this.script = KeycloakDistribution.script(config.home());
    }

    Process run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(config.logFile().toFile()));
        configureEnvironment(builder.environment());
        Process process = builder.start();
        // Keycloak never reads its input; an open pipe nobody writes to would only hold a descriptor.
        process.getOutputStream().close();
        return process;
    }

    private void configureEnvironment(Map<String, String> environment) {
        // The server must be configured by KeycloakConfig alone, not by KC_* or JAVA left in the caller's shell.
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.equals("JAVA"));
        environment.put("JAVA_HOME", config.javaHome());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.adminUser());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.adminPassword());
        // Passed here rather than as --db-password so that it does not show in the process list.
        environment.put("KC_DB_PASSWORD", config.dbPassword());
    }
}
