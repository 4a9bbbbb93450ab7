package org.agijobs.platform.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;

/** The server's clock, for clients to show a live connection and to compute deadlines against. */
@Controller
class ServerTimeController {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final Clock clock;

    ServerTimeController(Clock clock) {
        this.clock = clock;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Instant serverTime() {
        return clock.instant();
    }

    @SubscriptionMapping("serverTime")
    @PreAuthorize("isAuthenticated()")
    Flux<Instant> serverTimeTicks() {
        return Flux.interval(Duration.ZERO, TICK).map(tick -> clock.instant());
    }
}
