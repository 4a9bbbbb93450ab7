package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;

import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The README's worked API examples are what third parties copy first: each must be valid against the schema. */
@ApiTest
class ReadmeExamplesTest {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyWorkedExampleInTheReadmeIsValidAgainstTheSchema() throws IOException {
        List<String> examples = examples(Files.readString(Path.of("..", "README.md")));

        assertThat(examples).hasSizeGreaterThan(10);
        for (String example : examples) {
            ParseAndValidateResult result = ParseAndValidate.parseAndValidate(graphQlSource.schema(),
                    ExecutionInput.newExecutionInput(example).build());
            assertThat(result.getErrors()).as(example).isEmpty();
        }
    }

    /** One operation per line that starts with {@code query}, {@code mutation} or {@code subscription}. */
    private static List<String> examples(String readme) {
        List<String> examples = new ArrayList<>();
        Matcher blocks = GRAPHQL_BLOCK.matcher(readme);
        while (blocks.find()) {
            for (String line : blocks.group(1).split("\\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("query") || trimmed.startsWith("mutation") || trimmed.startsWith("subscription")) {
                    examples.add(trimmed);
                }
            }
        }
        return examples;
    }
}
