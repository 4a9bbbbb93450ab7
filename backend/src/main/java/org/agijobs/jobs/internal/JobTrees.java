package org.agijobs.jobs.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.JobTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree a job belongs to: from its topmost ancestor down through every sub-job, read with two recursive
 * queries and one load of the jobs. Bounded, so a runaway tree cannot make one request read the whole table.
 */
@Component
public class JobTrees {

    public static final int MAX_NODES = 500;
    private static final int MAX_DEPTH = 50;

    private final JdbcClient jdbc;
    private final JobRepository jobs;

    JobTrees(JdbcClient jdbc, JobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    @Transactional(readOnly = true)
    public Optional<JobTree> treeOf(UUID jobId) {
        Optional<UUID> root = jdbc.sql("""
                        with recursive up(id, parent_id, depth) as (
                            select id, parent_id, 0 from job where id = :id
                            union all
                            select j.id, j.parent_id, up.depth + 1 from job j join up on j.id = up.parent_id
                            where up.depth < :maxDepth
                        )
                        select id from up order by depth desc limit 1
                        """)
                .param("id", jobId)
                .param("maxDepth", MAX_DEPTH)
                .query(UUID.class)
                .optional();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> ids = jdbc.sql("""
                        with recursive down(id, depth) as (
                            select id, 0 from job where id = :root
                            union all
                            select j.id, down.depth + 1 from job j join down on j.parent_id = down.id
                            where down.depth < :maxDepth
                        )
                        select id from down order by depth limit :maxNodes
                        """)
                .param("root", root.get())
                .param("maxDepth", MAX_DEPTH)
                .param("maxNodes", MAX_NODES)
                .query(UUID.class)
                .list();
        return Optional.of(depthFirst(root.get(), jobs.findAllById(ids)));
    }

    /** Parents before children, siblings oldest first: the order a reader expects and the flowchart uses. */
    static JobTree depthFirst(UUID rootId, List<Job> jobs) {
        Map<UUID, List<Job>> children = new HashMap<>();
        Job root = null;
        for (Job job : jobs) {
            if (job.getId().equals(rootId)) {
                root = job;
            } else {
                children.computeIfAbsent(job.getParentId(), parent -> new ArrayList<>()).add(job);
            }
        }
        Comparator<Job> oldestFirst = Comparator.comparing(Job::getCreatedAt).thenComparing(Job::getId);
        children.values().forEach(list -> list.sort(oldestFirst));
        List<JobTree.Node> nodes = new ArrayList<>();
        Deque<JobTree.Node> pending = new ArrayDeque<>();
        pending.push(new JobTree.Node(root, 0));
        while (!pending.isEmpty()) {
            JobTree.Node node = pending.pop();
            nodes.add(node);
            List<Job> below = children.getOrDefault(node.job().getId(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(new JobTree.Node(below.get(i), node.depth() + 1));
            }
        }
        return new JobTree(nodes, MermaidFlowchart.of(nodes.stream().map(JobTree.Node::job).toList()));
    }
}
