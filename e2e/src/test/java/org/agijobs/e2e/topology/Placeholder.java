package org.agijobs.e2e.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code ${NAME}} or {@code ${NAME:default}} in a Spring configuration value. Only the outermost placeholders
 * count: one nested in a default is needed only when the outer variable is missing.
 */
record Placeholder(String name, Optional<String> defaultValue) {

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    static List<Placeholder> in(String value) {
        List<Placeholder> found = new ArrayList<>();
        int start = value.indexOf("${");
        while (start >= 0) {
            int end = matchingBrace(value, start + 2);
            if (end < 0) {
                break;
            }
            found.add(parse(value.substring(start + 2, end)));
            start = value.indexOf("${", end + 1);
        }
        return found;
    }

    private static int matchingBrace(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Placeholder parse(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("${", i)) {
                depth++;
                i++;
            } else if (body.charAt(i) == '}') {
                depth--;
            } else if (body.charAt(i) == ':' && depth == 0) {
                return new Placeholder(body.substring(0, i), Optional.of(body.substring(i + 1)));
            }
        }
        return new Placeholder(body, Optional.empty());
    }

    /** An environment variable rather than a reference to another property such as {@code spring.application.name}. */
    boolean isEnvironmentVariable() {
        return ENVIRONMENT_NAME.matcher(name).matches();
    }

    boolean isRequired() {
        return defaultValue.isEmpty();
    }
}
