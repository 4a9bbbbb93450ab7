package org.agijobs.jobs.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.JobService;
import org.agijobs.platform.graphql.NodeFinder;
import org.springframework.stereotype.Component;

/** {@code node(id:)} for jobs. */
@Component
class JobNodes implements NodeFinder {

    private final JobService jobs;

    JobNodes(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public String type() {
        return JobInputs.JOB_TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return jobs.find(id);
    }
}
