package org.agijobs.audit;

import java.util.Collection;
import java.util.List;

import org.agijobs.audit.internal.AuditStore;
import org.agijobs.audit.internal.FeedPump;
import org.agijobs.platform.feed.EventFeed;
import org.agijobs.platform.feed.FeedEvent;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/**
 * The audit trail as the feed of every subscription: sealed events in chain order, from every instance, live
 * from this instance's {@link FeedPump} and replayed from the table after a cursor. Authorization is the
 * subscribing module's, which knows whose events each subscriber may see.
 */
@Service
public class AuditFeed implements EventFeed {

    private final FeedPump pump;
    private final AuditStore store;

    AuditFeed(FeedPump pump, AuditStore store) {
        this.pump = pump;
        this.store = store;
    }

    @Override
    public Flux<FeedEvent> live() {
        return pump.events();
    }

    @Override
    public List<FeedEvent> after(long seq, Collection<String> types, int limit) {
        return store.sealedAfter(seq, types, limit);
    }

    @Override
    public long head() {
        return store.headSeq();
    }
}
