package org.agijobs.portal.profile;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.BackendSubscriptions;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/** The profile's data from the backend: {@code me} and the server's clock. */
@Service
public class ProfileService {

    private final BackendClient backend;
    private final BackendSubscriptions subscriptions;

    ProfileService(BackendClient backend, BackendSubscriptions subscriptions) {
        this.backend = backend;
        this.subscriptions = subscriptions;
    }

    public Viewer me() {
        return backend.query("me", "me", Viewer.class);
    }

    /** One tick per second while subscribed; see {@link BackendSubscriptions#subscribe} for when to call it. */
    public Flux<Instant> serverTime() {
        return subscriptions.subscribe("serverTime", "serverTime", String.class)
                .map(tick -> OffsetDateTime.parse(tick).toInstant());
    }
}
