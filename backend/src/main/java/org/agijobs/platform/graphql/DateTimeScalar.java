package org.agijobs.platform.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** {@code DateTime}: an instant written as ISO-8601 with an offset, always serialized in UTC. */
final class DateTimeScalar {

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
            try {
                return OffsetDateTime.parse(String.valueOf(input)).toInstant();
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException("Expected ISO-8601 with offset, got: " + input);
            }
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                try {
                    return OffsetDateTime.parse(string.getValue()).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Expected ISO-8601 with offset, got: " + string.getValue());
                }
            }
            throw new CoercingParseLiteralException("Expected a string in ISO-8601");
        }
    }
}
