package org.agijobs.jobs;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The job events of committed transactions, as a listener of another module would receive them. */
@TestComponent
public class JobEventRecorder {

    private final List<JobEvent> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(JobEvent event) {
        events.add(event);
    }

    public List<JobEvent> of(UUID jobId) {
        return events.stream().filter(event -> event.jobId().equals(jobId)).toList();
    }
}
