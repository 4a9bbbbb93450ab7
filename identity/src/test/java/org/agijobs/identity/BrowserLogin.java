package org.agijobs.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in to the {@code portal} client the way a browser does: authorization request with a PKCE challenge,
 * the login form posted with the session cookies, and the code taken from the redirect to the portal.
 * Redirects are never followed: nothing listens on the portal's address during these tests.
 */
final class BrowserLogin {

    static final String CLIENT_ID = "portal";
    static final String CLIENT_SECRET = "portal-dev-secret";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/keycloak";

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String codeVerifier = randomUrlSafe(32);

    BrowserLogin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** The authorization request, as Spring Security's client sends it, with PKCE S256. */
    HttpResponse<String> requestAuthorization(String redirectUri) throws IOException, InterruptedException {
        Map<String, String> parameters = authorizationParameters(redirectUri);
        parameters.put("code_challenge", codeChallenge(codeVerifier));
        parameters.put("code_challenge_method", "S256");
        return get(authorizationUri(parameters));
    }

    HttpResponse<String> requestAuthorizationWithoutPkce() throws IOException, InterruptedException {
        return get(authorizationUri(authorizationParameters(REDIRECT_URI)));
    }

    /** Posts the login form of the page {@link #requestAuthorization} returned. */
    HttpResponse<String> submitCredentials(HttpResponse<String> loginPage, String username, String password)
            throws IOException, InterruptedException {
        URI action = loginFormAction(loginPage.body());
        HttpRequest post = HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", ""))))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** Exchanges the code at the token endpoint with the client secret and the PKCE verifier. */
    HttpResponse<String> exchange(String code) throws IOException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", REDIRECT_URI);
        parameters.put("code_verifier", codeVerifier);
        return TokenRequests.post(keycloak.tokenEndpoint(), CLIENT_ID, CLIENT_SECRET, parameters);
    }

    /** Logs in and returns the tokens; fails when any step does not go as a browser's would. */
    SignedIn logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = requestAuthorization(REDIRECT_URI);
        expectStatus(loginPage, 200);
        HttpResponse<String> redirect = submitCredentials(loginPage, username, password);
        expectStatus(redirect, 302);
        String code = queryParameter(location(redirect), "code")
                .orElseThrow(() -> new AssertionError("No code in " + location(redirect)));
        HttpResponse<String> tokens = exchange(code);
        expectStatus(tokens, 200);
        return new SignedIn(AccessToken.fromTokenResponse(tokens.body()),
                JSON.readTree(tokens.body()).path("id_token").asString());
    }

    /** RP-initiated logout, as the portal's logout button triggers it. */
    HttpResponse<String> logOut(String idToken, String postLogoutRedirectUri) throws IOException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("id_token_hint", idToken);
        parameters.put("post_logout_redirect_uri", postLogoutRedirectUri);
        return get(URI.create(keycloak.endSessionEndpoint() + "?" + form(parameters)));
    }

    /** What the portal keeps after a login: the access token for the API, the ID token for logging out. */
    record SignedIn(AccessToken accessToken, String idToken) {
    }

    static URI location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(URI::create)
                .orElseThrow(() -> new AssertionError("No Location header; status " + response.statusCode()));
    }

    static Optional<String> queryParameter(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return Optional.empty();
        }
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name) && pair.length == 2)
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }

    private Map<String, String> authorizationParameters(String redirectUri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", CLIENT_ID);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("scope", "openid");
        parameters.put("state", randomUrlSafe(16));
        parameters.put("nonce", randomUrlSafe(16));
        return parameters;
    }

    private URI authorizationUri(Map<String, String> parameters) {
        return URI.create(keycloak.authorizationEndpoint() + "?" + form(parameters));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("No login form in the page:\n" + html);
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("The login form has no action: " + form.group());
        }
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    private static void expectStatus(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " from " + response.uri() + " but got "
                    + response.statusCode() + " " + response.headers().map() + "\n" + response.body());
        }
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String codeChallenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
