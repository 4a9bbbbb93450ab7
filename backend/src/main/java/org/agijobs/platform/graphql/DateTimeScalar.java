package org.agijobs.platform.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.agijobs.platform.input.InputRules;

/**
 * {@code DateTime}: an instant written as ISO-8601 with an offset, always serialized in UTC. Input is a string of
 * at most {@link #MAX_LENGTH} characters (the longest instant ISO-8601 can write), checked before it is parsed, of
 * a year from 1 to 9999: Java reads instants a billion years out, which overflow on their way to the database.
 */
final class DateTimeScalar {

    static final int MAX_LENGTH = 64;
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant in ISO-8601 with offset, e.g. 2026-11-23T18:00:00Z; served in UTC.")
            .coercing(new InstantCoercing())
            .build();

    private DateTimeScalar() {
    }

    private static final class InstantCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return instant.toString();
            }
            if (value instanceof OffsetDateTime dateTime) {
                return dateTime.toInstant().toString();
            }
            throw new CoercingSerializeException("Not a date-time: " + value);
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text).orElseThrow(() -> new CoercingParseValueException(refusal(text)));
            }
            throw new CoercingParseValueException("Expected a string in ISO-8601 with offset");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                return parse(string.getValue()).orElseThrow(() -> new CoercingParseLiteralException(
                        refusal(string.getValue())));
            }
            throw new CoercingParseLiteralException("Expected a string in ISO-8601 with offset");
        }

        private static Optional<Instant> parse(String text) {
            if (text.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            try {
                Instant instant = OffsetDateTime.parse(text).toInstant();
                return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
            } catch (DateTimeParseException | ArithmeticException e) {
                return Optional.empty();
            }
        }

        private static String refusal(String text) {
            return "Expected ISO-8601 with offset in the years 1 to 9999, e.g. 2026-11-23T18:00:00Z, got: "
                    + InputRules.quoted(text);
        }
    }
}
