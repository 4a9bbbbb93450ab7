package org.agijobs.audit.internal;

import java.util.List;
import java.util.Optional;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.ChainVerification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Walks the chain by seq in pages, recomputing each hash from the row as stored: an edited column, a changed
 * link or a missing seq is the first broken link. The range starts from the hash of the event before it, so a
 * range is checked against the chain as a whole.
 */
@Component
public class ChainVerifier {

    static final int PAGE = 1000;

    private final AuditStore store;

    ChainVerifier(AuditStore store) {
        this.store = store;
    }

    public ChainVerification verify(long from, @Nullable Long to) {
        String prev;
        if (from == 1) {
            prev = ChainHash.GENESIS;
        } else {
            Optional<String> before = store.hashAt(from - 1);
            if (before.isEmpty()) {
                return ChainVerification.brokenAt(0, from - 1, "The event before the range is missing");
            }
            prev = before.get();
        }
        long expected = from;
        int checked = 0;
        List<AuditEvent> page;
        do {
            page = store.sealedFrom(expected, to, PAGE);
            for (AuditEvent event : page) {
                if (event.seq() != expected) {
                    return ChainVerification.brokenAt(checked, expected, "The event is missing from the chain");
                }
                if (!prev.equals(event.prevHash())) {
                    return ChainVerification.brokenAt(checked, expected,
                            "Its previous hash is not the hash of the event before it");
                }
                if (!ChainHash.of(prev, expected, event).equals(event.hash())) {
                    return ChainVerification.brokenAt(checked, expected, "Its content does not match its hash");
                }
                prev = event.hash();
                expected++;
                checked++;
            }
        } while (page.size() == PAGE);
        return ChainVerification.holds(checked);
    }
}
