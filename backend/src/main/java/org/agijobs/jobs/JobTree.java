package org.agijobs.jobs;

import java.util.List;

import org.agijobs.jobs.internal.Job;

/**
 * A job and its sub-jobs, depth first, with a Mermaid {@code flowchart TD} text of the tree for display.
 * The first node is the root.
 */
public record JobTree(List<Node> nodes, String mermaid) {

    /** One job of the tree and its depth below the root (0 for the root). */
    public record Node(Job job, int depth) {
    }

    public Job root() {
        return nodes.getFirst().job();
    }
}
