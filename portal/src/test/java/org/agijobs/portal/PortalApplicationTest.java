package org.agijobs.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.agijobs.portal.jobs.MermaidDiagram;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** The portal starts with neither Keycloak nor the backend running, and sends anonymous visitors to Keycloak. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalApplicationTest {

    @LocalServerPort
    private int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    @Test
    void sendsAnAnonymousVisitorOfAViewToTheKeycloakLogin() throws Exception {
        HttpResponse<String> profile = get("/profile");

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(location(profile)).isEqualTo(url("/oauth2/authorization/keycloak"));
    }

    @Test
    void startsTheAuthorizationCodeFlowWithPkceAtKeycloak() throws Exception {
        HttpResponse<String> login = get("/oauth2/authorization/keycloak");

        assertThat(login.statusCode()).isEqualTo(302);
        UriComponents authorization = UriComponentsBuilder.fromUriString(location(login)).build();
        assertThat(authorization.getScheme() + "://" + authorization.getHost() + ":" + authorization.getPort()
                + authorization.getPath())
                .isEqualTo("http://localhost:8180/realms/agijobs/protocol/openid-connect/auth");
        assertThat(authorization.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(authorization.getQueryParams().getFirst("client_id")).isEqualTo("portal");
        assertThat(decoded(authorization, "redirect_uri")).isEqualTo(url("/login/oauth2/code/keycloak"));
        assertThat(decoded(authorization, "scope")).isEqualTo("openid profile email");
        assertThat(authorization.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorization.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(authorization.getQueryParams().getFirst("nonce")).isNotBlank();
    }

    @Test
    void sendsAnAnonymousVisitorOfTheRootToTheLogin() throws Exception {
        HttpResponse<String> root = get("/");

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(location(root)).isEqualTo(url("/oauth2/authorization/keycloak"));
    }

    @Test
    void showsTheSignedOutPageWhenKeycloakSendsTheBrowserBackAfterLogout() throws Exception {
        HttpResponse<String> returning = get("/?state=signed-out");

        assertThat(returning.statusCode()).isEqualTo(302);
        assertThat(location(returning)).isEqualTo(url("/signed-out"));
        assertThat(get("/signed-out").statusCode()).isEqualTo(200);
    }

    @Test
    void letsAnyoneOpenTheCertificateCheckWithoutSigningIn() throws Exception {
        HttpResponse<String> verify = get("/verify");

        assertThat(verify.statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheMermaidScriptItselfWithoutACdn() throws Exception {
        HttpResponse<String> script = get(MermaidDiagram.SCRIPT, "*/*");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(script.body()).contains("mermaid");
    }

    @Test
    void reportsHealthWithoutLogin() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String decoded(UriComponents uri, String parameter) {
        return URLDecoder.decode(uri.getQueryParams().getFirst(parameter), StandardCharsets.UTF_8);
    }
}
