package org.agijobs.platform.mutation;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Failures that say "try again", not "you are wrong": PostgreSQL deadlocks, serialization failures and lock
 * timeouts, and optimistic-lock conflicts. Retrying the whole transaction a few times with a jittered,
 * growing pause lets concurrent mutations of the same rows all succeed.
 */
final class TransientFailures {

    /** serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");

    /** Five attempts in all, pausing about 10, 20, 40 and 80 ms (plus jitter) between them. */
    static final RetryPolicy RETRY_POLICY = RetryPolicy.builder()
            .maxRetries(4)
            .delay(Duration.ofMillis(10))
            .multiplier(2)
            .jitter(Duration.ofMillis(10))
            .maxDelay(Duration.ofMillis(200))
            .predicate(TransientFailures::isTransient)
            .build();

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
