package org.agijobs.audit.internal;

import java.time.Clock;
import java.time.Duration;

import org.agijobs.platform.scheduling.DeadlineHandler;
import org.agijobs.platform.scheduling.Deadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one persistent {@code audit-checkpoint} execution (a row in {@code scheduled_tasks}): every
 * {@code agijobs.audit.checkpoint-interval} it signs the sealed head if it moved, once across instances, and moves
 * itself one interval past the run. Each instance creates it at start if it is missing.
 */
@Component
public class CheckpointTask extends DeadlineHandler {

    public static final String KIND = "audit-checkpoint";
    public static final String INSTANCE = "chain-head";

    private final CheckpointIssuer issuer;
    private final Deadlines deadlines;
    private final Duration interval;
    private final Clock clock;

    CheckpointTask(CheckpointIssuer issuer, Deadlines deadlines,
            @Value("${agijobs.audit.checkpoint-interval:PT1H}") Duration interval, Clock clock) {
        // A failed run (the database away, say) is tried again after this long, until one succeeds.
        super(KIND, Duration.ofMinutes(1));
        this.issuer = issuer;
        this.deadlines = deadlines;
        this.interval = interval;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        ensureScheduled();
    }

    /** Creates the execution, one interval from now, unless it exists; returns whether this call created it. */
    public boolean ensureScheduled() {
        return deadlines.schedule(KIND, INSTANCE, clock.instant().plus(interval));
    }

    /** A checkpoint is a statement about the record, not market work: a paused market keeps signing its head. */
    @Override
    protected boolean heldByPause() {
        return false;
    }

    @Override
    protected Next onDue(String id) {
        issuer.issueIfHeadMoved();
        return Next.after(interval);
    }
}
