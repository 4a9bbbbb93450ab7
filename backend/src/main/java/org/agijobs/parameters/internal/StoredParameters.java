package org.agijobs.parameters.internal;

import java.sql.Timestamp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterChange;
import org.agijobs.parameters.ParameterType;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Parameters read from the {@code parameter} table in the caller's transaction (JdbcClient joins it), all of them at
 * the transaction's first read, so a rule sees the value that governance committed last and a whole command sees
 * one value. Outside a transaction every call reads again. A missing row reads as the enum's default.
 */
@Component
public class StoredParameters implements Parameters {

    private final JdbcClient jdbc;

    StoredParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Money money(Parameter parameter) {
        String text = raw(parameter, ParameterType.MONEY);
        try {
            return Money.of(text);
        } catch (IllegalArgumentException e) {
            throw corrupt(parameter, text, e);
        }
    }

    @Override
    public BigDecimal units(Parameter parameter) {
        String text = raw(parameter, ParameterType.UNITS);
        try {
            return Money.of(text).value();
        } catch (IllegalArgumentException e) {
            throw corrupt(parameter, text, e);
        }
    }

    @Override
    public long basisPoints(Parameter parameter) {
        return whole(parameter, raw(parameter, ParameterType.BASIS_POINTS));
    }

    @Override
    public long integer(Parameter parameter) {
        return whole(parameter, raw(parameter, ParameterType.INTEGER));
    }

    @Override
    public Duration duration(Parameter parameter) {
        String text = raw(parameter, ParameterType.DURATION);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw corrupt(parameter, text, e);
        }
    }

    /** The stored text, or the default when no row exists. */
    public String text(Parameter parameter) {
        Map<String, String> stored = TransactionSynchronizationManager.isSynchronizationActive() ? snapshot() : all();
        return stored.getOrDefault(parameter.name(), parameter.defaultValue());
    }

    /**
     * Every stored value, read once per transaction: a command reads several parameters, and one statement for all
     * of them (a few dozen rows) costs less than one per read. The values are those of the transaction's first read.
     */
    private Map<String, String> snapshot() {
        @SuppressWarnings("unchecked")
        Map<String, String> stored = (Map<String, String>) TransactionSynchronizationManager.getResource(this);
        if (stored == null) {
            stored = all();
            TransactionSynchronizationManager.bindResource(this, stored);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StoredParameters.this);
                }
            });
        }
        return stored;
    }

    private Map<String, String> all() {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select name, value from parameter").query(row -> {
            stored.put(row.getString("name"), row.getString("value"));
        });
        return stored;
    }

    /** Writes the value an executed proposal set; only {@code ParameterRegistry.set} calls this. */
    public void write(Parameter parameter, String value, UUID proposalId, Instant at) {
        jdbc.sql("""
                insert into parameter (name, value, updated_at, changed_by_proposal, changed_at)
                values (:name, :value, :at, :proposal, :at)
                on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
                    changed_by_proposal = excluded.changed_by_proposal, changed_at = excluded.changed_at
                """).param("name", parameter.name()).param("value", value).param("proposal", proposalId)
                .param("at", Timestamp.from(at)).update();
        readBack(parameter, value);
    }

    /** Writes a deployment's starting value; only {@code ParameterRegistry.seed} calls this. */
    public void seed(Parameter parameter, String value, Instant at) {
        jdbc.sql("""
                insert into parameter (name, value, updated_at) values (:name, :value, :at)
                on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at
                """).param("name", parameter.name()).param("value", value).param("at", Timestamp.from(at)).update();
        readBack(parameter, value);
    }

    /** The rest of this transaction reads the value just written, not the snapshot of its first read. */
    private void readBack(Parameter parameter, String value) {
        @SuppressWarnings("unchecked")
        Map<String, String> snapshot = (Map<String, String>) TransactionSynchronizationManager.getResource(this);
        if (snapshot != null) {
            snapshot.put(parameter.name(), value);
        }
    }

    /** Each parameter's last change by a proposal; parameters no proposal has set are absent. */
    public Map<Parameter, ParameterChange> lastChanges() {
        Map<Parameter, ParameterChange> changes = new EnumMap<>(Parameter.class);
        jdbc.sql("select name, changed_by_proposal, changed_at from parameter where changed_by_proposal is not null")
                .query(rs -> {
                    ParameterChange change = new ParameterChange(rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant());
                    known(rs.getString(1)).ifPresent(parameter -> changes.put(parameter, change));
                });
        return changes;
    }

    private static Optional<Parameter> known(String name) {
        return Arrays.stream(Parameter.values()).filter(p -> p.name().equals(name)).findFirst();
    }

    private String raw(Parameter parameter, ParameterType expected) {
        if (parameter.type() != expected) {
            // Reading a parameter as the wrong type is a bug in the rule, not a user error.
            throw new IllegalArgumentException(parameter + " is " + parameter.type() + ", not " + expected);
        }
        return text(parameter);
    }

    private static long whole(Parameter parameter, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw corrupt(parameter, text, e);
        }
    }

    private static IllegalStateException corrupt(Parameter parameter, String text, Exception cause) {
        return new IllegalStateException("Stored value of " + parameter + " is not a " + parameter.type() + ": " + text, cause);
    }
}
