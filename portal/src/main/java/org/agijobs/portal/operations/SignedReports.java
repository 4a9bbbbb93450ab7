package org.agijobs.portal.operations;

import java.net.URI;
import java.net.http.HttpClient;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.BackendProperties;
import org.agijobs.portal.security.AccessTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * The backend's signed operator report ({@code /reports/report.json}, next to {@code /graphql}), fetched with the
 * owner's token and handed to the browser byte for byte: its JWS signs the report's exact bytes, so the portal must
 * not re-encode it.
 */
@Service
public class SignedReports {

    private final RestClient http;
    private final URI reportUrl;
    private final AccessTokens accessTokens;

    SignedReports(BackendProperties backend, AccessTokens accessTokens) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(backend.connectTimeout()).build());
        requests.setReadTimeout(backend.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.reportUrl = backend.graphqlUrl().resolve("/reports/report.json");
        this.accessTokens = accessTokens;
    }

    /** The report of the last 30 days, signed; run it in the owner's request, where the token is. */
    public byte[] current() {
        try {
            byte[] body = http.get().uri(reportUrl)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessTokens.currentAccessToken())
                    .retrieve().body(byte[].class);
            if (body == null) {
                throw new BackendException("The backend returned an empty report.");
            }
            return body;
        } catch (BackendException known) {
            throw known;
        } catch (RuntimeException e) {
            throw new BackendException("The signed report could not be fetched from the backend.");
        }
    }
}
