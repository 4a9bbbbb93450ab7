package org.agijobs.platform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTest {

    @Test
    void lockDeadlockSerializationAndOptimisticFailuresAreTransient() {
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(TransientFailures.isTransient(new PessimisticLockingFailureException("deadlock"))).isTrue();
        assertThat(TransientFailures.isTransient(new OptimisticLockingFailureException("version"))).isTrue();
    }

    @Test
    void recognisesPostgresStatesWrappedInOtherExceptions() {
        assertThat(TransientFailures.isTransient(new TransactionSystemException("commit",
                new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void constraintViolationsAndOtherFailuresAreNot() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("check"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("check", "23514")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
