package org.agijobs.e2e.api;

import org.agijobs.e2e.pages.DemoUser;
import org.agijobs.e2e.platform.Platform;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A demo user's own access token, got the way the portal gets it: the authorization code flow with PKCE through
 * Keycloak's real login form, for the portal client. The realm allows no password grant, and a user's token is
 * what an agent's own software would call the API with.
 */
public final class UserTokens {

    private static final String CLIENT_ID = "portal";
    // The portal client's secret in the development realm (identity's agijobs-realm.json).
    private static final String CLIENT_SECRET = "portal-dev-secret";
    private static final String REDIRECT_URI = Platform.PORTAL.resolve("/login/oauth2/code/keycloak").toString();
    private static final Pattern LOGIN_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UserTokens() {
    }

    public static String accessToken(DemoUser user) {
        // No redirects followed: the code is read from Keycloak's redirect itself.
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = base64Url(randomBytes());
        Map<String, String> authorization = new LinkedHashMap<>();
        authorization.put("client_id", CLIENT_ID);
        authorization.put("response_type", "code");
        authorization.put("scope", "openid");
        authorization.put("redirect_uri", REDIRECT_URI);
        authorization.put("state", base64Url(randomBytes()));
        authorization.put("code_challenge", base64Url(sha256(verifier)));
        authorization.put("code_challenge_method", "S256");
        HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(
                URI.create(Platform.REALM + "/protocol/openid-connect/auth?" + form(authorization))).GET());
        Matcher action = LOGIN_ACTION.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No Keycloak login form (HTTP " + loginPage.statusCode() + ")");
        }
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(loginPage))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user.username(),
                        "password", DemoUser.PASSWORD, "credentialId", "")))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (signedIn.statusCode() != 302 || !location.startsWith(REDIRECT_URI) || !code.find()) {
            throw new IllegalStateException("Keycloak did not sign in " + user + " (HTTP " + signedIn.statusCode() + ")");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", urlDecoded(code.group(1)));
        exchange.put("redirect_uri", REDIRECT_URI);
        exchange.put("client_id", CLIENT_ID);
        exchange.put("client_secret", CLIENT_SECRET);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(Platform.TOKEN_ENDPOINT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(exchange))));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the code (HTTP " + token.statusCode() + "): " + token.body());
        }
        return JSON.readTree(token.body()).required("access_token").asString();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The login session's cookies, sent back by hand: Keycloak marks them Secure even on http://localhost, which
     * browsers accept for localhost but java.net's CookieManager never sends over plain HTTP.
     */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String urlDecoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
