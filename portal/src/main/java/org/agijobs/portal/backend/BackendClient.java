package org.agijobs.portal.backend;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.stereotype.Service;

/**
 * Runs GraphQL documents from {@code src/main/resources/graphql-documents} against the backend, as the signed-in
 * user. Failures come out as {@link BackendException} with a message for the user.
 */
@Service
public class BackendClient {

    private static final Logger log = LoggerFactory.getLogger(BackendClient.class);

    private final HttpSyncGraphQlClient graphQlClient;
    private final URI endpoint;

    BackendClient(HttpSyncGraphQlClient graphQlClient, BackendProperties backend) {
        this.graphQlClient = graphQlClient;
        this.endpoint = backend.graphqlUrl();
    }

    /**
     * @param documentName the document's file name without {@code .graphql}
     * @param path         the response field to decode, e.g. {@code me}
     */
    public <T> T query(String documentName, String path, Class<T> type) {
        return execute(documentName, Map.of(), path, type);
    }

    /**
     * Runs a document with variables (a query or a mutation) and decodes the field at {@code path}; for a mutation
     * that is its payload, whose {@code userErrors} the caller shows.
     */
    public <T> T execute(String documentName, Map<String, Object> variables, String path, Class<T> type) {
        T result;
        try {
            result = graphQlClient.documentName(documentName).variables(variables).retrieveSync(path).toEntity(type);
        } catch (RuntimeException e) {
            log.warn("Backend query '{}' failed", documentName, e);
            throw BackendErrors.translate(e, endpoint);
        }
        if (result == null) {
            throw new BackendException("The backend returned no " + path + ".");
        }
        return result;
    }
}
