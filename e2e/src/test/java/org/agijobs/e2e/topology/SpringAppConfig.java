package org.agijobs.e2e.topology;

import org.springframework.core.env.Profiles;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An app's application.yml (and application-PROFILE.yml next to it) as Spring Boot would apply it for a set of
 * active profiles: documents without {@code spring.config.activate.on-profile}, plus those whose profile expression
 * matches.
 */
final class SpringAppConfig {

    private static final int SPRING_DEFAULT_PORT = 8080;

    private final Path file;
    private final List<Map<?, ?>> documents;

    private SpringAppConfig(Path file, List<Map<?, ?>> documents) {
        this.file = file;
        this.documents = documents;
    }

    /** The configuration under the given active profiles; fails naming the file when it does not exist. */
    static SpringAppConfig load(Path resources, Collection<String> activeProfiles) {
        Path main = resources.resolve("application.yml");
        if (!Files.isRegularFile(main)) {
            throw new AssertionError(main + " does not exist: nothing to check docker-compose.yml against");
        }
        List<Map<?, ?>> documents = new ArrayList<>(read(main));
        for (String profile : activeProfiles) {
            Stream.of("application-" + profile + ".yml", "application-" + profile + ".yaml")
                    .map(resources::resolve).filter(Files::isRegularFile)
                    .forEach(profileFile -> documents.addAll(read(profileFile)));
        }
        Set<String> active = Set.copyOf(activeProfiles);
        return new SpringAppConfig(main, documents.stream().filter(document -> appliesTo(document, active)).toList());
    }

    /** The profile(s) the app falls back to when nothing activates one: {@code spring.profiles.default}. */
    static List<String> defaultProfiles(Path resources) {
        Path main = resources.resolve("application.yml");
        if (!Files.isRegularFile(main)) {
            return List.of("default");
        }
        return read(main).stream()
                .filter(document -> YamlPaths.find(document, "spring.config.activate.on-profile").isEmpty())
                .map(document -> YamlPaths.find(document, "spring.profiles.default"))
                .flatMap(Optional::stream)
                .map(value -> List.of(value.toString().split("\\s*,\\s*")))
                .reduce((first, second) -> second)
                .orElse(List.of("default"));
    }

    private static List<Map<?, ?>> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<?, ?>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document instanceof Map<?, ?> map) {
                    documents.add(map);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean appliesTo(Map<?, ?> document, Set<String> active) {
        if (YamlPaths.find(document, "spring.config.activate.on-cloud-platform").isPresent()) {
            return false;
        }
        return YamlPaths.find(document, "spring.config.activate.on-profile")
                .map(expression -> expression instanceof Collection<?> list
                        ? list.stream().map(Object::toString).toArray(String[]::new)
                        : new String[] {expression.toString()})
                .map(expressions -> Profiles.of(expressions).matches(active::contains))
                .orElse(true);
    }

    Path file() {
        return file;
    }

    /** Environment variables used without a default in the applying documents: the app cannot start without them. */
    Set<String> requiredEnvironmentVariables() {
        Set<String> required = new TreeSet<>();
        documents.forEach(document -> collectRequired(document, required));
        return required;
    }

    private static void collectRequired(Object node, Set<String> required) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectRequired(value, required));
        } else if (node instanceof Collection<?> list) {
            list.forEach(value -> collectRequired(value, required));
        } else if (node instanceof String value) {
            Placeholder.in(value).stream()
                    .filter(Placeholder::isEnvironmentVariable).filter(Placeholder::isRequired)
                    .map(Placeholder::name).forEach(required::add);
        }
    }

    /** {@code server.port} as the app resolves it with the given environment (the last applying document wins). */
    int serverPort(Map<String, String> environment) {
        if (environment.containsKey("SERVER_PORT")) {
            return Integer.parseInt(environment.get("SERVER_PORT"));
        }
        Object configured = documents.stream()
                .map(document -> YamlPaths.find(document, "server.port"))
                .flatMap(Optional::stream)
                .reduce((first, second) -> second)
                .orElse(SPRING_DEFAULT_PORT);
        return Integer.parseInt(resolve(configured.toString(), environment));
    }

    /** The actuator's own port (management.server.port), or empty when it shares the server's port. */
    Optional<Integer> managementPort(Map<String, String> environment) {
        if (environment.containsKey("MANAGEMENT_SERVER_PORT")) {
            return Optional.of(Integer.parseInt(environment.get("MANAGEMENT_SERVER_PORT")));
        }
        return documents.stream()
                .map(document -> YamlPaths.find(document, "management.server.port"))
                .flatMap(Optional::stream)
                .reduce((first, second) -> second)
                .map(configured -> Integer.parseInt(resolve(configured.toString(), environment)));
    }

    private static String resolve(String value, Map<String, String> environment) {
        List<Placeholder> placeholders = Placeholder.in(value);
        if (placeholders.isEmpty()) {
            return value.strip();
        }
        Placeholder placeholder = placeholders.getFirst();
        if (environment.containsKey(placeholder.name())) {
            return environment.get(placeholder.name());
        }
        return resolve(placeholder.defaultValue().orElseThrow(() -> new AssertionError(
                "${" + placeholder.name() + "} has neither a value in docker-compose.yml nor a default")), environment);
    }
}
