package org.agijobs.insight;

import java.time.Duration;

/** The width of one point of a KPI series; points start at whole UTC hours or days. */
public enum KpiBucket {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration width;

    KpiBucket(Duration width) {
        this.width = width;
    }

    public Duration width() {
        return width;
    }

    /** The unit PostgreSQL's date_trunc and interval take. */
    public String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
