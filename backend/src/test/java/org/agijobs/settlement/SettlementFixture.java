package org.agijobs.settlement;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.internal.ChallengeWindowRunner;
import org.agijobs.support.MutableClock;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Ends challenge windows and runs settlements as the scheduler would, and simulates a crash in one. */
@TestComponent
public class SettlementFixture {

    private final MutableClock clock;
    private final ChallengeWindowRunner challengeWindows;
    private final Set<UUID> crashOnSettlement = ConcurrentHashMap.newKeySet();

    SettlementFixture(MutableClock clock, ChallengeWindowRunner challengeWindows) {
        this.clock = clock;
        this.challengeWindows = challengeWindows;
    }

    /** The next settlement of {@code job} fails after all of its moves, as a crash before commit would. */
    public void crashNextSettlementOf(String job) {
        crashOnSettlement.add(JobsFixture.uuid(job));
    }

    @EventListener
    void crashIfAsked(JobSettled settled) {
        if (crashOnSettlement.remove(settled.jobId())) {
            throw new IllegalStateException("Simulated crash in the middle of the settlement of " + settled.jobId());
        }
    }

    /** Runs the job's settlement as the scheduler would, without moving the clock. */
    public boolean settleIfDue(String job) {
        return challengeWindows.settleIfDue(JobsFixture.uuid(job));
    }

    /** Ends the challenge window and runs the settlement as the scheduler would. */
    public boolean endChallengeWindow(String job) {
        clock.advance(Duration.ofDays(1));
        return settleIfDue(job);
    }
}
