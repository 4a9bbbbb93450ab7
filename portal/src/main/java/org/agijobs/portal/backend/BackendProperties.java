package org.agijobs.portal.backend;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the backend's GraphQL API is.
 *
 * @param graphqlUrl     queries and mutations over HTTP
 * @param graphqlWsUrl   subscriptions over graphql-ws
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer; a UI request waits that long at most
 */
@ConfigurationProperties("portal.backend")
public record BackendProperties(
        URI graphqlUrl,
        URI graphqlWsUrl,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout) {
}
