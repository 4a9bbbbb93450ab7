package org.agijobs.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo market once the application is ready: after every start-up runner, so the council and the demo
 * profile's starting parameters (its short windows) are in place before the first job is posted.
 */
@Component
@Profile("demo & dev")
class DemoSeeding {

    private final DemoMarket market;

    DemoSeeding(DemoMarket market) {
        this.market = market;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        market.seedIfEmpty();
    }
}
