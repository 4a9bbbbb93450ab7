package org.agijobs.portal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

class UncompressedPushTest {

    @Test
    void theBrowsersCompressionOfferIsHiddenFromThePushUpgradeAndEveryOtherHeaderKept() throws Exception {
        MockHttpServletRequest upgrade = new MockHttpServletRequest("GET", "/VAADIN/push");
        upgrade.addHeader("Upgrade", "websocket");
        upgrade.addHeader(UncompressedPush.EXTENSIONS, "permessage-deflate; client_max_window_bits");
        AtomicReference<HttpServletRequest> passedOn = new AtomicReference<>();

        new UncompressedPush.Filter().doFilter(upgrade, new MockHttpServletResponse(),
                (request, response) -> passedOn.set((HttpServletRequest) request));

        HttpServletRequest seen = passedOn.get();
        assertThat(seen.getHeader(UncompressedPush.EXTENSIONS)).isNull();
        assertThat(Collections.list(seen.getHeaders("sec-websocket-extensions"))).isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).contains("Upgrade")
                .noneMatch(name -> name.equalsIgnoreCase(UncompressedPush.EXTENSIONS));
        assertThat(seen.getHeader("Upgrade")).isEqualTo("websocket");
    }
}
