package org.agijobs.staking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agijobs.platform.money.Money;

/** Column conversions shared by the staking stores. */
final class Rows {

    private Rows() {
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Now, at the microsecond precision PostgreSQL keeps, so what a command returns equals what it stored. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
