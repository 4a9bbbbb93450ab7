package org.agijobs.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.agijobs.platform.feed.FeedEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Delivers sealed events to this instance, in seq order, wherever they were caused. One PostgreSQL connection of
 * its own (not the pool's) listens on {@value ChainSealer#CHANNEL} on a daemon thread; each notification, and each
 * poll interval without one (a safety net for a notification lost in between), reads the sealed rows after the last
 * seq emitted and emits them. A lost connection is reopened, listened on again, and the rows sealed meanwhile
 * are read from the last seq, so a restart of PostgreSQL or a killed backend loses nothing.
 */
@Component
public class FeedPump implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPump.class);
    static final String APPLICATION_NAME = "agijobs-audit-feed";
    static final int BATCH = 500;
    /** How long one wait for notifications lasts: also how soon the thread notices that it should stop. */
    static final Duration WAIT = Duration.ofMillis(500);

    private final AuditStore store;
    private final Environment environment;
    private final Duration poll;
    private final Duration reconnect;
    private final Sinks.Many<FeedEvent> sink = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    private boolean started;
    private volatile Connection connection;
    private Thread thread;
    /** The seq of the last event emitted; only the pump's thread writes it. */
    private volatile long last;

    FeedPump(AuditStore store, Environment environment,
            @Value("${agijobs.audit.feed-poll-interval:PT5S}") Duration poll,
            @Value("${agijobs.audit.feed-reconnect-delay:PT1S}") Duration reconnect) {
        this.store = store;
        this.environment = environment;
        this.poll = poll;
        this.reconnect = reconnect;
    }

    public Flux<FeedEvent> events() {
        return sink.asFlux();
    }

    /** The seq of the newest event this instance has delivered. */
    public long lastEmitted() {
        return last;
    }

    @Override
    public void start() {
        // Subscribers see what is sealed from the first start on; older events are the trail's, replayed after a
        // cursor. A restart (a stopped context started again) catches up from the last seq, as a reconnect does.
        if (!started) {
            last = store.headSeq();
            started = true;
        }
        running = true;
        thread = Thread.ofPlatform().name("audit-feed").daemon().start(this::run);
    }

    @Override
    public void stop() {
        // The thread closes its own connection: pgjdbc would make a close from here wait for the listening read.
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        // The sink stays open: the streams subscribed to it once, and a stopped context may be started again.
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                listen();
            } catch (SQLException | RuntimeException failure) {
                closeQuietly();
                if (!running) {
                    return;
                }
                log.warn("The audit feed lost its PostgreSQL connection; reconnecting in {}", reconnect, failure);
                try {
                    Thread.sleep(reconnect);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void listen() throws SQLException {
        connection = open();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChainSealer.CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        // Listening first, then reading: whatever was sealed before the LISTEN is read now, the rest is heard.
        drain();
        long polled = System.nanoTime();
        while (running) {
            PGNotification[] heard = notifications.getNotifications(Math.toIntExact(WAIT.toMillis()));
            if (heard != null && heard.length > 0) {
                drain();
                polled = System.nanoTime();
            } else if (System.nanoTime() - polled >= poll.toNanos()) {
                // The poll: for a notification that never came; a dead connection is only noticed by asking.
                if (!connection.isValid(1)) {
                    throw new SQLException("The audit feed's connection is gone");
                }
                drain();
                polled = System.nanoTime();
            }
        }
        closeQuietly();
    }

    private void drain() {
        List<FeedEvent> page;
        do {
            page = store.sealedAfter(last, null, BATCH);
            for (FeedEvent event : page) {
                sink.tryEmitNext(event);
                last = event.seq();
            }
        } while (page.size() == BATCH);
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", environment.getRequiredProperty("spring.datasource.username"));
        properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"), properties);
    }

    private void closeQuietly() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException alreadyGone) {
                log.debug("Closing the audit feed's connection", alreadyGone);
            }
        }
    }
}
