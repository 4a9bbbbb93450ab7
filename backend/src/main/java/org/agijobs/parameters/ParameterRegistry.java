package org.agijobs.parameters;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.agijobs.parameters.internal.StoredParameters;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The bounds check of every governed value and the one way a stored value changes. Governance checks a proposed
 * value here when the proposal is made and again when it executes; {@link #set} is called by executed proposals
 * only (GovernanceWritesTest holds every other class to that).
 *
 * <p>{@code TIMELOCK_DELAY} has a second lower bound that is deployment configuration, not a parameter:
 * {@code agijobs.governance.timelock-floor} (1 h unless a profile says otherwise), so no proposal can shorten the
 * owners' time to react below what the operators promised.
 */
@Service
public class ParameterRegistry {

    /** A whole number as clients write it: no sign, no leading zeros, at most 18 digits (fits a long). */
    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final int MAX_DURATION_TEXT = 40;

    private final StoredParameters stored;
    private final Duration timelockFloor;

    ParameterRegistry(StoredParameters stored,
            @Value("${agijobs.governance.timelock-floor:PT1H}") Duration timelockFloor) {
        if (timelockFloor.isNegative()) {
            throw new IllegalStateException("agijobs.governance.timelock-floor must not be negative: " + timelockFloor);
        }
        this.stored = stored;
        this.timelockFloor = timelockFloor;
    }

    /** The shortest timelock delay this deployment allows. */
    public Duration timelockFloor() {
        return timelockFloor;
    }

    /** The smallest value governance may set now: the enum's bound, raised by the floor for the timelock delay. */
    public String min(Parameter parameter) {
        if (parameter == Parameter.TIMELOCK_DELAY && Duration.parse(parameter.min()).compareTo(timelockFloor) < 0) {
            return timelockFloor.toString();
        }
        return parameter.min();
    }

    /**
     * {@code text} as the stored text of {@code parameter}, checked against its type and bounds.
     *
     * @throws DomainException {@code INVALID_INPUT} on {@code field} for text of the wrong type or out of bounds
     */
    public String checked(Parameter parameter, String text, String field) {
        if (text == null || text.isEmpty()) {
            throw InputRules.invalid(field, "A value is required");
        }
        return switch (parameter.type()) {
            case MONEY, UNITS -> {
                BigDecimal value = InputRules.plainDecimal(text, field, Money.INTEGER_DIGITS, Money.SCALE);
                within(parameter, value.compareTo(new BigDecimal(min(parameter))) >= 0
                        && value.compareTo(new BigDecimal(parameter.max())) <= 0, text, field);
                yield new Money(value).value().stripTrailingZeros().toPlainString();
            }
            case BASIS_POINTS, INTEGER -> {
                if (!WHOLE.matcher(text).matches()) {
                    throw InputRules.invalid(field, parameter + " is a whole number such as 500, not "
                            + InputRules.quoted(text));
                }
                long value = Long.parseLong(text);
                within(parameter, value >= Long.parseLong(min(parameter)) && value <= Long.parseLong(parameter.max()),
                        text, field);
                yield text;
            }
            case DURATION -> {
                Duration value = duration(parameter, text, field);
                within(parameter, value.compareTo(Duration.parse(min(parameter))) >= 0
                        && value.compareTo(Duration.parse(parameter.max())) <= 0, text, field);
                // The client's spelling is kept (P15D stays P15D, not PT360H): it parsed, and it is what owners wrote.
                yield text;
            }
        };
    }

    /**
     * Stores {@code value} as the parameter's current value, recording the executed proposal and the instant;
     * checked once more, so a value that became out of bounds (a raised floor) is refused. Runs in the caller's
     * transaction.
     */
    public void set(Parameter parameter, String value, UUID proposalId, Instant at) {
        stored.write(parameter, checked(parameter, value, "value"), proposalId, at);
    }

    /**
     * Stores a deployment's starting value on a new database, before any proposal could have run (the council's
     * seeding): checked like a proposed value, and recorded as no proposal's change.
     */
    public void seed(Parameter parameter, String value, Instant at) {
        stored.seed(parameter, checked(parameter, value, "value"), at);
    }

    /** The last change of each parameter that an executed proposal has set. */
    public Map<Parameter, ParameterChange> lastChanges() {
        return stored.lastChanges();
    }

    private Duration duration(Parameter parameter, String text, String field) {
        if (text.length() > MAX_DURATION_TEXT) {
            throw InputRules.invalid(field, "At most " + MAX_DURATION_TEXT + " characters");
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw InputRules.invalid(field, parameter + " is an ISO-8601 duration such as PT24H, not "
                    + InputRules.quoted(text));
        }
    }

    private void within(Parameter parameter, boolean inBounds, String text, String field) {
        if (!inBounds) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field, parameter + " must be between " + min(parameter)
                    + " and " + parameter.max() + ", not " + InputRules.quoted(text));
        }
    }
}
