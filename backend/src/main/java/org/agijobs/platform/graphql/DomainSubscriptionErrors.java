package org.agijobs.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.agijobs.platform.errors.DomainException;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A {@link DomainException} that ends a subscription (a role check runs when the stream starts, where the caller
 * is known) reaches the client classified as {@link DomainErrors} classifies it for a query, not as an opaque
 * "Subscription error".
 */
@Component
class DomainSubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure) {
        if (!(failure instanceof DomainException domain)) {
            return null;
        }
        return GraphqlErrorBuilder.newError().errorType(DomainErrors.typeOf(domain)).message(domain.getMessage())
                .extensions(DomainErrors.extensionsOf(domain)).build();
    }
}
