package org.agijobs.identity;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cookie jar that treats {@code http://localhost} as a secure context, as browsers do. Keycloak marks its
 * login cookies {@code Secure} even over plain HTTP; {@link CookieManager} alone would never send them back to
 * an {@code http} address, and every login would fail with "cookie not found".
 */
final class LocalhostCookies extends CookieHandler {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(asSecureContext(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(asSecureContext(uri), responseHeaders);
    }

    private static URI asSecureContext(URI uri) {
        if (!"http".equals(uri.getScheme()) || !LOCAL_HOSTS.contains(uri.getHost())) {
            return uri;
        }
        return URI.create("https" + uri.toString().substring("http".length()));
    }
}
