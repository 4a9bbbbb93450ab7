package org.agijobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The business modules and who calls whom, as a Mermaid flowchart for the README. Only direct dependencies that
 * no longer path already implies are drawn (a transitive reduction), and the shared {@code platform} module that
 * every module uses is left out, so the picture shows the layering rather than every import.
 */
final class ModuleGraph {

    private static final String SHARED = "platform";

    private final SortedMap<String, SortedSet<String>> uses = new TreeMap<>();
    private final Map<String, String> displayNames = new LinkedHashMap<>();

    private ModuleGraph() {
    }

    static ModuleGraph of(ApplicationModules modules) {
        ModuleGraph graph = new ModuleGraph();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            if (SHARED.equals(name)) {
                continue;
            }
            graph.displayNames.put(name, module.getDisplayName());
            SortedSet<String> targets = new TreeSet<>();
            module.getDirectDependencies(modules).uniqueModules()
                    .map(dependency -> dependency.getIdentifier().toString())
                    .filter(target -> !SHARED.equals(target) && !target.equals(name))
                    .forEach(targets::add);
            graph.uses.put(name, targets);
        }
        return graph;
    }

    String mermaid() {
        StringBuilder text = new StringBuilder("flowchart TD\n");
        uses.keySet().forEach(name -> text.append("    ").append(name).append("[\"")
                .append(displayNames.get(name)).append("\"]\n"));
        uses.forEach((from, targets) -> targets.stream()
                .filter(to -> !reachableOtherwise(from, to))
                .forEach(to -> text.append("    ").append(from).append(" --> ").append(to).append('\n')));
        return text.toString();
    }

    /** True when {@code to} can be reached from {@code from} through some other module. */
    private boolean reachableOtherwise(String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        uses.getOrDefault(from, new TreeSet<>()).stream().filter(next -> !next.equals(to)).forEach(open::push);
        while (!open.isEmpty()) {
            String current = open.pop();
            if (current.equals(to)) {
                return true;
            }
            if (seen.add(current)) {
                uses.getOrDefault(current, new TreeSet<>()).forEach(open::push);
            }
        }
        return false;
    }
}
