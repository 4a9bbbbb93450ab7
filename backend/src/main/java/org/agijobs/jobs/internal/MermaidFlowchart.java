package org.agijobs.jobs.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Writes a job tree as a Mermaid {@code flowchart TD}: one node per job labelled with its title and state,
 * one edge from each parent to each child. Labels are escaped with Mermaid's entity codes, so a title can
 * neither break the syntax nor inject markup into the page that renders it.
 */
public final class MermaidFlowchart {

    private static final int MAX_LABEL = 60;

    private MermaidFlowchart() {
    }

    /** The jobs in tree order (parents before their children); node ids are their positions. */
    public static String of(List<Job> jobs) {
        Map<UUID, String> nodeIds = new HashMap<>();
        StringBuilder text = new StringBuilder("flowchart TD\n");
        for (Job job : jobs) {
            String nodeId = "j" + nodeIds.size();
            nodeIds.put(job.getId(), nodeId);
            text.append("    ").append(nodeId).append("[\"").append(label(job.getTitle()))
                    .append("<br/>").append(job.getState()).append("\"]\n");
        }
        for (Job job : jobs) {
            String parent = job.getParentId() == null ? null : nodeIds.get(job.getParentId());
            if (parent != null) {
                text.append("    ").append(parent).append(" --> ").append(nodeIds.get(job.getId())).append('\n');
            }
        }
        return text.toString();
    }

    static String label(String title) {
        String flat = title.replaceAll("\\s+", " ").strip();
        if (flat.length() > MAX_LABEL) {
            flat = flat.substring(0, MAX_LABEL - 1) + "…";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : flat.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("#quot;");
                case '<' -> escaped.append("#lt;");
                case '>' -> escaped.append("#gt;");
                case '&' -> escaped.append("#amp;");
                case '#' -> escaped.append("#35;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
