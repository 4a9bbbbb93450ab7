package org.agijobs.support;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;

/**
 * Every GraphQL operation a test sends is a file in {@code src/test/resources/graphql-test/}, loaded by name: the
 * clients of {@link GraphQlClients} carry this document source.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static HttpSyncGraphQlClient http(int port, String token) {
        return GraphQlClients.http(port, token);
    }

    static ResourceDocumentSource documents() {
        return new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
                ResourceDocumentSource.FILE_EXTENSIONS);
    }
}
