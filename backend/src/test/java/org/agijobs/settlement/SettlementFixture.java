package org.agijobs.settlement;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.MutableClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;

/** Ends challenge windows and runs settlements as the scheduler would, and simulates a crash in one. */
@TestComponent
public class SettlementFixture implements SettlementRecorder {

    private final MutableClock clock;
    /** Looked up when used: the runner's settler calls this fixture as one of its recorders. */
    private final ObjectProvider<ChallengeWindowRunner> challengeWindows;
    private final Set<UUID> crashOnSettlement = ConcurrentHashMap.newKeySet();

    SettlementFixture(MutableClock clock, ObjectProvider<ChallengeWindowRunner> challengeWindows) {
        this.clock = clock;
        this.challengeWindows = challengeWindows;
    }

    /** The next settlement of {@code job} fails after all of its moves, as a crash before commit would. */
    public void crashNextSettlementOf(String job) {
        crashOnSettlement.add(JobsFixture.uuid(job));
    }

    /** Recorders run last in a settlement: a crash here comes after all of its moves. */
    @Override
    public void record(JobSettled settled) {
        if (crashOnSettlement.remove(settled.jobId())) {
            throw new IllegalStateException("Simulated crash in the middle of the settlement of " + settled.jobId());
        }
    }

    /** Runs the job's settlement as the scheduler would, without moving the clock. */
    public boolean settleIfDue(String job) {
        return challengeWindows.getObject().settleIfDue(JobsFixture.uuid(job));
    }

    /** Ends the challenge window and runs the settlement as the scheduler would. */
    public boolean endChallengeWindow(String job) {
        clock.advance(Duration.ofDays(1));
        return settleIfDue(job);
    }
}
