package org.agijobs.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agijobs.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Links committed events into the chain: under a PostgreSQL advisory lock, so one sealer runs at a time across
 * instances, each unsealed row in id order gets {@code seq = head + 1}, the head's hash as {@code prev_hash} and its
 * own {@link ChainHash}. Business transactions never take that lock; they only insert, and ask for a seal after
 * commit, which runs on this bean's own thread. The periodic run catches whatever a crash left unsealed.
 *
 * <p>The chain's order is the order the sealer sees commits, not id order: a long transaction that took its id
 * early and committed late is sealed after rows with higher ids. That is why rows are picked by {@code seq is null}
 * and not by an id watermark, which would skip it.
 *
 * <p>Each sealing transaction also notifies {@value #CHANNEL} with the new head, which is how every instance's
 * {@link FeedPump} learns that there are events to deliver.
 */
@Component
public class ChainSealer {

    private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);
    /** "audit_se": the advisory lock that admits one sealer at a time. */
    static final long LOCK = 0x61756469745F7365L;
    static final int BATCH = 500;
    /** The channel that hears the seq of the newest sealed event whenever a seal commits. */
    static final String CHANNEL = "audit_sealed";

    private final AuditStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("audit-sealer").daemon().factory());
    private final AtomicBoolean requested = new AtomicBoolean();

    ChainSealer(AuditStore store, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Asks for a seal once the current transaction commits (at once without one); requests coalesce. */
    void sealAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    request();
                }
            });
        } else {
            request();
        }
    }

    private void request() {
        if (requested.compareAndSet(false, true)) {
            worker.execute(() -> {
                // Cleared before sealing, so a commit that lands during this run asks for another.
                requested.set(false);
                sealQuietly();
            });
        }
    }

    @Scheduled(fixedDelayString = "${agijobs.audit.seal-interval:PT10S}",
            initialDelayString = "${agijobs.audit.seal-interval:PT10S}")
    void sealQuietly() {
        try {
            sealNow();
        } catch (RuntimeException failure) {
            // The rows stay unsealed and the next run takes them.
            log.warn("Sealing the audit chain failed; the next run tries again", failure);
        }
    }

    /** Seals every event committed so far; returns how many it linked. */
    public int sealNow() {
        int total = 0;
        int sealed;
        do {
            Integer batch = transactions.execute(status -> sealBatch());
            sealed = batch == null ? 0 : batch;
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, row) -> 1).list();
        // Read after the lock, so the head is the one the previous sealer committed.
        Map.Entry<Long, String> head = store.head().orElse(Map.entry(0L, ChainHash.GENESIS));
        long seq = head.getKey();
        String prev = head.getValue();
        List<AuditEvent> rows = store.unsealed(BATCH);
        Timestamp sealedAt = Timestamp.from(clock.instant());
        for (AuditEvent row : rows) {
            seq++;
            String hash = ChainHash.of(prev, seq, row);
            store.seal(row.id(), seq, prev, hash, sealedAt);
            prev = hash;
        }
        if (!rows.isEmpty()) {
            // Delivered at commit, and commits of sealers follow the lock: listeners hear the heads in chain order.
            jdbc.sql("select pg_notify(:channel, :seq)").param("channel", CHANNEL).param("seq", Long.toString(seq))
                    .query((rs, row) -> 1).list();
        }
        return rows.size();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
