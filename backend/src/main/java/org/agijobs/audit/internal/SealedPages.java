package org.agijobs.audit.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.agijobs.audit.AuditEvent;
import org.agijobs.audit.AuditFilter;
import org.jspecify.annotations.Nullable;

/**
 * Sealed events read in pages by seq, the next page fetched only when the last one is used up, so an export of
 * any length holds one page at a time. Each page is its own short query: no cursor or transaction stays open
 * while a slow client reads, and seq never changes once assigned, so continuing after the last seq is exact.
 */
public final class SealedPages implements Iterator<AuditEvent> {

    static final int PAGE_SIZE = 500;

    private final AuditStore store;
    private final AuditFilter filter;
    private final @Nullable Long toSeq;
    private long afterSeq;
    private List<AuditEvent> page = List.of();
    private int next;
    private boolean exhausted;

    public SealedPages(AuditStore store, AuditFilter filter, long afterSeq, @Nullable Long toSeq) {
        this.store = store;
        this.filter = filter;
        this.afterSeq = afterSeq;
        this.toSeq = toSeq;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        page = store.sealedPage(filter, afterSeq, toSeq, PAGE_SIZE);
        next = 0;
        exhausted = page.size() < PAGE_SIZE;
        if (!page.isEmpty()) {
            afterSeq = Objects.requireNonNull(page.getLast().seq(), "a sealed event has a seq");
        }
        return !page.isEmpty();
    }

    @Override
    public AuditEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(next++);
    }
}
