package org.agijobs.platform.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.agijobs.platform.errors.DomainException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * A {@link DomainException} that reaches GraphQL (from a query, which has no {@code userErrors}) becomes a
 * GraphQL error classified FORBIDDEN, NOT_FOUND or BAD_REQUEST, with the domain code and field in its
 * extensions, instead of an opaque INTERNAL_ERROR. Mutations report these as {@code userErrors} instead.
 */
@Component
class DomainErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        if (!(failure instanceof DomainException domain)) {
            return null;
        }
        return GraphqlErrorBuilder.newError(environment).errorType(typeOf(domain)).message(domain.getMessage())
                .extensions(extensionsOf(domain)).build();
    }

    static ErrorType typeOf(DomainException domain) {
        return switch (domain.code()) {
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            default -> ErrorType.BAD_REQUEST;
        };
    }

    static Map<String, Object> extensionsOf(DomainException domain) {
        return domain.field() == null
                ? Map.of("code", domain.code().name())
                : Map.of("code", domain.code().name(), "field", domain.field());
    }
}
