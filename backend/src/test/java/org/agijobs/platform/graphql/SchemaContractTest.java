package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlClients;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The schema keeps its promises to clients: documented everywhere, error codes as in the Java enum. */
@ApiTest
class SchemaContractTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Test
    void theErrorCodeEnumMirrorsTheJavaEnum() {
        var response = GraphQlClients.http(port, tokens.issue("schema.checker", "integrator"))
                .documentName("errorCodes").executeSync();

        List<Map<String, Object>> values = response.field("__type.enumValues").getValue();
        assertThat(values).extracting(v -> v.get("name"))
                .containsExactly(Arrays.stream(ErrorCode.values()).map(Enum::name).toArray());
        assertThat(values).allSatisfy(v -> assertThat((String) v.get("description")).isNotBlank());
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        var response = GraphQlClients.http(port, tokens.issue("schema.checker", "integrator")).documentName("schemaDescriptions").executeSync();

        List<String> undocumented = new ArrayList<>();
        List<Map<String, Object>> types = response.field("__schema.types").getValue();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID").contains(name)) {
                continue;
            }
            check(undocumented, name, type);
            for (String member : List.of("fields", "inputFields", "enumValues")) {
                List<Map<String, Object>> entries = (List<Map<String, Object>>) type.get(member);
                for (Map<String, Object> entry : entries == null ? List.<Map<String, Object>>of() : entries) {
                    check(undocumented, name + "." + entry.get("name"), entry);
                    List<Map<String, Object>> args = (List<Map<String, Object>>) entry.get("args");
                    for (Map<String, Object> arg : args == null ? List.<Map<String, Object>>of() : args) {
                        check(undocumented, name + "." + entry.get("name") + "(" + arg.get("name") + ")", arg);
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static void check(List<String> undocumented, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (!(description instanceof String text) || text.isBlank()) {
            undocumented.add(path);
        }
    }
}
