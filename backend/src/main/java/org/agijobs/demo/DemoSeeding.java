package org.agijobs.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo market once the application is ready: after every start-up runner, so the council and the demo
 * profile's starting parameters (its short windows) are in place before the first job is posted. A seeding that
 * fails is logged and leaves the platform running: the market is then as far as it got, which a person can still
 * use, and {@code --reset} seeds it again.
 */
@Component
@Profile("demo & dev")
class DemoSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoMarket market;

    DemoSeeding(DemoMarket market) {
        this.market = market;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        try {
            market.seedIfEmpty();
        } catch (RuntimeException e) {
            log.error("The demo market could not be seeded completely", e);
        }
    }
}
