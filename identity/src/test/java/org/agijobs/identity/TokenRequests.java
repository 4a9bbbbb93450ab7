package org.agijobs.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Token endpoint calls authenticated with {@code client_secret_basic}, the method Spring Security uses. */
final class TokenRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TokenRequests() {
    }

    static HttpResponse<String> post(URI tokenEndpoint, String clientId, String clientSecret,
            Map<String, String> parameters) throws IOException, InterruptedException {
        String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BrowserLogin.form(parameters)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
