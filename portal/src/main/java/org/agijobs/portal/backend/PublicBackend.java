package org.agijobs.portal.backend;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * The backend as an anonymous caller sees it, for the portal's public pages. It sends no token, so it can only run
 * what the API opens to everyone (today: {@code verifyCertificate}); anything else is refused by the backend.
 */
@Service
public class PublicBackend {

    private static final Logger log = LoggerFactory.getLogger(PublicBackend.class);

    private final HttpSyncGraphQlClient graphQlClient;
    private final URI endpoint;

    PublicBackend(BackendProperties backend) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(backend.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(backend.readTimeout());
        this.graphQlClient = HttpSyncGraphQlClient.builder(RestClient.builder().requestFactory(requestFactory).build())
                .url(backend.graphqlUrl()).build();
        this.endpoint = backend.graphqlUrl();
    }

    public <T> T execute(String documentName, Map<String, Object> variables, String path, Class<T> type) {
        T result;
        try {
            result = graphQlClient.documentName(documentName).variables(variables).retrieveSync(path).toEntity(type);
        } catch (RuntimeException e) {
            log.warn("Public backend query '{}' failed", documentName, e);
            throw BackendErrors.translate(e, endpoint);
        }
        if (result == null) {
            throw new BackendException("The backend returned no " + path + ".");
        }
        return result;
    }
}
