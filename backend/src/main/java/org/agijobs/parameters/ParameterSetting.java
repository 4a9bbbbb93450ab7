package org.agijobs.parameters;

import org.jspecify.annotations.Nullable;

/**
 * A parameter as readers see it: its current value next to its default and bounds, all as stored text, what it
 * governs, and its last change (null while no proposal has set it).
 */
public record ParameterSetting(String name, ParameterType type, String value, String defaultValue, String min,
        String max, String description, @Nullable ParameterChange lastChange) {
}
