package org.agijobs.support;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;

/** HTTP GraphQL clients that load operations by name from {@code src/test/resources/graphql-test/}. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static HttpSyncGraphQlClient http(int port, String token) {
        return GraphQlClients.http(port, token).mutate()
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
                        ResourceDocumentSource.FILE_EXTENSIONS))
                .build();
    }
}
