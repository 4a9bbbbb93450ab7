package org.agijobs.platform.mutation;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys after 48 hours, twice the 24 hours that DOMAIN.md promises. Deleting old rows is
 * idempotent, so every backend instance may run it without coordination.
 */
@Component
class IdempotencyCleanup {

    static final Duration RETENTION = Duration.ofHours(48);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyRecords records;
    private final Clock clock;

    IdempotencyCleanup(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${agijobs.idempotency.cleanup-interval:PT1H}", initialDelayString = "PT1M")
    int deleteExpired() {
        int deleted = records.deleteOlderThan(clock.instant().minus(RETENTION));
        if (deleted > 0) {
            log.info("Deleted {} idempotency records older than {}", deleted, RETENTION);
        }
        return deleted;
    }
}
