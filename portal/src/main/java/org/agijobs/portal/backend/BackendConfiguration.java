package org.agijobs.portal.backend;

import java.net.http.HttpClient;

import org.agijobs.portal.security.AccessTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.TomcatWebSocketClient;
import org.springframework.web.reactive.socket.client.WebSocketClient;

@Configuration(proxyBeanMethods = false)
class BackendConfiguration {

    /** Synchronous on purpose: Vaadin event handlers run on a request thread and render the answer right away. */
    @Bean
    HttpSyncGraphQlClient backendGraphQlClient(BackendProperties backend, AccessTokens accessTokens) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(backend.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(backend.readTimeout());
        RestClient restClient = RestClient.builder()
                .requestFactory(requestFactory)
                .requestInterceptor(bearerToken(accessTokens))
                .build();
        return HttpSyncGraphQlClient.builder(restClient).url(backend.graphqlUrl()).build();
    }

    /** Asks for the token per request, so each call carries the calling user's token, refreshed if it expired. */
    private static ClientHttpRequestInterceptor bearerToken(AccessTokens accessTokens) {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(accessTokens.currentAccessToken());
            return execution.execute(request, body);
        };
    }

    /** Runs on the Tomcat WebSocket client that the portal's own server already ships. */
    @Bean
    WebSocketClient backendWebSocketClient() {
        return new TomcatWebSocketClient();
    }
}
