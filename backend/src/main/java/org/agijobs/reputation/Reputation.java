package org.agijobs.reputation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's standing: its agent and validator scores (0 until a job moves them) and its record as an
 * employer, counted over its FINALIZED jobs.
 */
public record Reputation(UUID participantId, long agent, long validator, long employerSuccessfulJobs,
                         long employerSettledJobs) {

    /** The scale of {@link #employerScore()}: the precision the ranking's scores use too. */
    public static final int EMPLOYER_SCORE_SCALE = 6;

    public static Reputation none(UUID participantId) {
        return new Reputation(participantId, 0, 0, 0, 0);
    }

    /** Successful / settled jobs, rounded down to six places; empty while no job of the employer settled. */
    public Optional<BigDecimal> employerScore() {
        if (employerSettledJobs == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(employerSuccessfulJobs)
                .divide(BigDecimal.valueOf(employerSettledJobs), EMPLOYER_SCORE_SCALE, RoundingMode.DOWN));
    }
}
