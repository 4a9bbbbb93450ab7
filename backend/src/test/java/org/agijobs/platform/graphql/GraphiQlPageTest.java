package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

@ApiTest
class GraphiQlPageTest {

    @LocalServerPort
    int port;

    @Test
    void servesGraphiQlWithEveryScriptAndStylesheetFromTheBackendItself() {
        RestClient http = RestClient.create("http://localhost:" + port);
        String page = http.get().uri("/graphiql").retrieve().body(String.class);

        assertThat(page).contains("GraphiQL.createFetcher").doesNotContain("https://");
        Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page);
        int found = 0;
        while (assets.find()) {
            ResponseEntity<byte[]> asset = http.get().uri(assets.group(1)).retrieve().toEntity(byte[].class);
            assertThat(asset.getStatusCode().is2xxSuccessful()).as(assets.group(1)).isTrue();
            assertThat(asset.getBody()).as(assets.group(1)).isNotEmpty();
            found++;
        }
        assertThat(found).isEqualTo(4);
    }
}
