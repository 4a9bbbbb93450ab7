package org.agijobs.ledger.graphql;

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

import org.agijobs.platform.money.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code Money}: an exact decimal amount written as a string, e.g. {@code "12.5"}. Output is
 * {@link Money#toString()}. Input is a string only, handed to the application as the client's text: services
 * parse it with {@link Money#parsePositive} so that a negative, over-precise or malformed amount comes back as
 * an {@code INVALID_INPUT} user error naming the field instead of a GraphQL error. Numbers are refused outright:
 * a JSON float may already have been rounded by the client's parser, and a number literal in the query text
 * ({@code 1e999999999}) would have to be expanded before any rule could look at it.
 */
@Configuration(proxyBeanMethods = false)
class MoneyScalar {

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("Money")
            .description("An exact amount of AGIALPHA as a decimal string with at most 18 decimals, e.g. \"12.5\".")
            .coercing(new MoneyCoercing())
            .build();

    @Bean
    RuntimeWiringConfigurer moneyScalarWiring() {
        return wiring -> wiring.scalar(INSTANCE);
    }

    private static final class MoneyCoercing implements Coercing<String, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Money money) {
                return money.toString();
            }
            throw new CoercingSerializeException("Not a Money value: " + value);
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return text;
            }
            throw new CoercingParseValueException("Money is a decimal string such as \"12.5\", not a number");
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                return string.getValue();
            }
            throw new CoercingParseLiteralException("Money is a decimal string such as \"12.5\", not a number");
        }
    }
}
