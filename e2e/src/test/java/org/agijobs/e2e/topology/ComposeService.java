package org.agijobs.e2e.topology;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One service of docker-compose.yml, in whichever of compose's short or long syntaxes it is written. */
final class ComposeService {

    // Compose's own interpolation with a fallback: ${VAR:-default} or ${VAR-default}.
    private static final Pattern COMPOSE_DEFAULT = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?}");

    private final String name;
    private final Map<?, ?> definition;
    private final Path composeDirectory;

    ComposeService(String name, Map<?, ?> definition, Path composeDirectory) {
        this.name = name;
        this.definition = definition;
        this.composeDirectory = composeDirectory;
    }

    String name() {
        return name;
    }

    boolean has(String key) {
        return definition.containsKey(key);
    }

    String image() {
        return Optional.ofNullable(definition.get("image")).map(Object::toString).orElse("");
    }

    /** The image's tag: what follows the last ':' after the last '/' (a registry may carry a port). */
    String imageTag() {
        String image = image();
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "latest";
    }

    /** The image name without its tag. */
    String imageRepository() {
        String image = image();
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    /** The environment as written; compose's {@code KEY=value} list form is turned into a map too. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = definition.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(key.toString(), value == null ? "" : value.toString()));
        } else if (declared instanceof Collection<?> list) {
            for (Object entry : list) {
                String[] keyAndValue = entry.toString().split("=", 2);
                environment.put(keyAndValue[0], keyAndValue.length > 1 ? keyAndValue[1] : "");
            }
        }
        return environment;
    }

    /** The environment with compose's {@code ${VAR:-default}} replaced by the default, as on a bare host. */
    Map<String, String> environmentWithComposeDefaults() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment().forEach((key, value) -> environment.put(key, withComposeDefaults(value)));
        return environment;
    }

    /** {@code ${VAR:?message}}, {@code ${VAR:-default}} and {@code ${VAR}} all become {@code ${VAR}}: the same source. */
    static String withPlainVariables(String value) {
        return COMPOSE_VARIABLE.matcher(value).replaceAll(match -> Matcher.quoteReplacement("${" + match.group(1) + "}"));
    }

    static String withComposeDefaults(String value) {
        return COMPOSE_DEFAULT.matcher(value).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }

    List<String> command() {
        Object command = definition.get("command");
        if (command instanceof Collection<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return command == null ? List.of() : Arrays.asList(command.toString().trim().split("\\s+"));
    }

    int replicas() {
        return YamlPaths.find(definition, "deploy.replicas").map(value -> Integer.parseInt(value.toString())).orElse(1);
    }

    /** Ports published on the host, in short ("8080:8080") or long ({target, published}) syntax. */
    List<PortMapping> ports() {
        Object ports = definition.get("ports");
        if (!(ports instanceof Collection<?> list)) {
            return List.of();
        }
        return list.stream().map(PortMapping::parse).toList();
    }

    /** Container ports reachable by other services only. */
    List<Integer> exposedPorts() {
        Object expose = definition.get("expose");
        if (!(expose instanceof Collection<?> list)) {
            return List.of();
        }
        return list.stream().map(port -> Integer.parseInt(port.toString().split("/")[0])).toList();
    }

    List<Mount> mounts() {
        Object volumes = definition.get("volumes");
        if (!(volumes instanceof Collection<?> list)) {
            return List.of();
        }
        return list.stream().map(volume -> Mount.parse(volume, composeDirectory)).toList();
    }

    /** The Dockerfile of a {@code build:} section, resolved against the compose file's directory. */
    Optional<Path> dockerfile() {
        Object build = definition.get("build");
        if (build instanceof Map<?, ?> map) {
            String context = Optional.ofNullable(map.get("context")).map(Object::toString).orElse(".");
            String dockerfile = Optional.ofNullable(map.get("dockerfile")).map(Object::toString).orElse("Dockerfile");
            return Optional.of(composeDirectory.resolve(context).resolve(dockerfile).normalize());
        }
        if (build != null) {
            return Optional.of(composeDirectory.resolve(build.toString()).resolve("Dockerfile").normalize());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }

    /** A published port; {@code published} is empty when compose picks a free host port. */
    record PortMapping(Optional<Integer> published, int target) {

        static PortMapping parse(Object port) {
            if (port instanceof Map<?, ?> longSyntax) {
                return new PortMapping(
                        Optional.ofNullable(longSyntax.get("published")).map(value -> Integer.parseInt(
                                withComposeDefaults(value.toString()))),
                        Integer.parseInt(longSyntax.get("target").toString()));
            }
            String[] parts = withComposeDefaults(port.toString()).split("/")[0].split(":");
            int target = Integer.parseInt(parts[parts.length - 1]);
            return parts.length == 1
                    ? new PortMapping(Optional.empty(), target)
                    : new PortMapping(Optional.of(Integer.parseInt(parts[parts.length - 2])), target);
        }
    }

    /** A volume or bind mount; {@code hostPath} is set for bind mounts of files or folders of the repository. */
    record Mount(String source, String target, Optional<Path> hostPath) {

        static Mount parse(Object volume, Path composeDirectory) {
            String source;
            String target;
            if (volume instanceof Map<?, ?> longSyntax) {
                source = String.valueOf(longSyntax.get("source"));
                target = String.valueOf(longSyntax.get("target"));
            } else {
                String[] parts = volume.toString().split(":");
                source = parts[0];
                target = parts.length > 1 ? parts[1] : parts[0];
            }
            boolean bind = source.startsWith(".") || source.startsWith("/");
            return new Mount(source, target,
                    bind ? Optional.of(composeDirectory.resolve(source).normalize()) : Optional.empty());
        }
    }
}
