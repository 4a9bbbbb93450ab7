package org.agijobs.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.jobs.internal.JobExpirer;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The persistent per-entity deadline: one execution per kind and entity, moved and dropped through
 * {@link Deadlines}, rolled back with the transaction that scheduled it, and run through its kind's handler once
 * it is due on the platform clock.
 */
@ApiTest
class DeadlinesTest {

    @Autowired
    Deadlines deadlines;

    @Autowired
    DueExecutions due;

    @Autowired
    JobsFixture fixture;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    private final Instant far = Instant.parse("2200-01-01T00:00:00Z");

    @Test
    void schedulesOneExecutionPerKindAndEntityThenMovesAndDropsIt() {
        UUID entity = UUID.randomUUID();

        assertThat(deadlines.schedule(JobExpirer.KIND, entity, far)).isTrue();
        assertThat(deadlines.schedule(JobExpirer.KIND, entity, far.plusSeconds(60))).isFalse();
        assertThat(deadlines.scheduledAt(JobExpirer.KIND, entity)).contains(far);

        deadlines.reschedule(JobExpirer.KIND, entity, far.plus(Duration.ofDays(1)));
        assertThat(deadlines.scheduledAt(JobExpirer.KIND, entity)).contains(far.plus(Duration.ofDays(1)));

        deadlines.cancel(JobExpirer.KIND, entity);
        deadlines.cancel(JobExpirer.KIND, entity);
        assertThat(deadlines.scheduledAt(JobExpirer.KIND, entity)).isEmpty();
    }

    @Test
    void reschedulingADeadlineThatDoesNotExistSchedulesIt() {
        UUID entity = UUID.randomUUID();

        deadlines.reschedule(JobExpirer.KIND, entity, far);

        assertThat(deadlines.scheduledAt(JobExpirer.KIND, entity)).contains(far);
        deadlines.cancel(JobExpirer.KIND, entity);
    }

    @Test
    void aDeadlineScheduledInATransactionThatRollsBackDoesNotExist() {
        UUID entity = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deadlines.schedule(JobExpirer.KIND, entity, far);
            status.setRollbackOnly();
        });

        assertThat(deadlines.scheduledAt(JobExpirer.KIND, entity)).isEmpty();
    }

    @Test
    void aDueDeadlineRunsThroughItsHandlerOnceTheClockPassesIt() {
        Participant employer = fixture.employer("deadline.employer", "500");
        Participant agent = fixture.agent("deadline.agent", "100", "AI");
        String job = fixture.postJob(employer, "Left alone", "100");
        JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
        UUID id = JobsFixture.uuid(job);
        Instant expiresAt = deadlines.scheduledAt(JobExpirer.KIND, id).orElseThrow();

        due.run();
        assertThat(fixture.state(job)).isEqualTo("ASSIGNED");

        clock.advance(Duration.between(clock.instant(), expiresAt).plusSeconds(1));
        due.run();

        assertThat(fixture.state(job)).isEqualTo("EXPIRED");
        assertThat(deadlines.scheduledAt(JobExpirer.KIND, id)).isEmpty();
    }
}
