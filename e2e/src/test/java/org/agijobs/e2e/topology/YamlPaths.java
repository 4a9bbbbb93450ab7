package org.agijobs.e2e.topology;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Looks up {@code a.b.c} in parsed YAML written nested ({@code a: b: c:}), flat ({@code a.b.c:}) or mixed. */
final class YamlPaths {

    private YamlPaths() {
    }

    static Optional<Object> find(Map<?, ?> yaml, String path) {
        return find(yaml, path.split("\\."));
    }

    private static Optional<Object> find(Map<?, ?> yaml, String[] segments) {
        for (int length = segments.length; length >= 1; length--) {
            String key = String.join(".", Arrays.copyOfRange(segments, 0, length));
            if (!yaml.containsKey(key)) {
                continue;
            }
            Object value = yaml.get(key);
            if (length == segments.length) {
                return Optional.ofNullable(value);
            }
            if (value instanceof Map<?, ?> nested) {
                Optional<Object> found = find(nested, Arrays.copyOfRange(segments, length, segments.length));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
