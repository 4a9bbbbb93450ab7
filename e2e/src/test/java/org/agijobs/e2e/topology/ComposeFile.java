package org.agijobs.e2e.topology;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** docker-compose.yml as parsed YAML: compose itself cannot run on the build machines, so it is read instead. */
final class ComposeFile {

    private final Path directory;
    private final Map<?, ?> services;

    private ComposeFile(Path directory, Map<?, ?> services) {
        this.directory = directory;
        this.services = services;
    }

    static ComposeFile load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<?, ?> compose = new Yaml().load(reader);
            if (!(compose.get("services") instanceof Map<?, ?> services)) {
                throw new AssertionError(file + " has no services");
            }
            return new ComposeFile(file.getParent(), services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Set<String> serviceNames() {
        return (Set<String>) services.keySet();
    }

    ComposeService service(String name) {
        if (!(services.get(name) instanceof Map<?, ?> service)) {
            throw new AssertionError("docker-compose.yml has no service '" + name + "' (it has " + serviceNames() + ")");
        }
        return new ComposeService(name, service, directory);
    }
}
