package org.agijobs.parameters;

/** A parameter as readers see it: its current value next to its default and bounds, all as stored text. */
public record ParameterSetting(String name, ParameterType type, String value, String defaultValue, String min,
        String max) {
}
