package org.agijobs.e2e.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ENV lines of a Dockerfile: defaults the image gives every container. */
record Dockerfile(Path file, String text) {

    static Dockerfile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("docker-compose.yml builds from " + file + ", which does not exist");
        }
        try {
            return new Dockerfile(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> env(String name) {
        Matcher match = Pattern.compile("(?m)^\\s*ENV\\s+(?:.*\\s)?" + Pattern.quote(name) + "(?:=|\\s+)\"?([^\"\\s]+)")
                .matcher(text);
        return match.find() ? Optional.of(match.group(1)) : Optional.empty();
    }
}
