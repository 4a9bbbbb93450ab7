package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GraphQL document the portal sends is valid against the backend's schema files, read from the backend
 * module's sources: a renamed or removed field fails this build, not only the e2e run. The custom scalars are
 * declared in the schema files; the schema is built without runtime wiring, since only validation runs here.
 */
class BackendSchemaDocumentsTest {

    private static final Path BACKEND_SCHEMA = Path.of("..", "backend", "src", "main", "resources");
    private static final Path DOCUMENTS = Path.of("src", "main", "resources", "graphql-documents");

    private static GraphQLSchema schema;

    @BeforeAll
    static void readTheBackendSchema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        // graphql-dev holds what the dev profile adds (the faucet); the portal may call it in dev.
        for (String folder : List.of("graphql", "graphql-dev")) {
            files(BACKEND_SCHEMA.resolve(folder), ".graphqls").forEach(file -> registry.merge(parser.parse(read(file))));
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void theBackendSchemaAndThePortalDocumentsAreThere() {
        assertThat(schema.getQueryType().getFieldDefinitions()).isNotEmpty();
        assertThat(schema.getType("Money")).isNotNull();
        assertThat(schema.getType("DateTime")).isNotNull();
        assertThat(documents()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocumentIsValidAgainstTheBackendSchema(Path file) {
        Document document = Parser.parse(read(file));

        List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ROOT);

        assertThat(errors).as("validation errors of %s", file.getFileName()).isEmpty();
    }

    @Test
    void aDocumentThatNamesAFieldTheSchemaLacksIsRefused() {
        Document document = Parser.parse("query { me { participant { noSuchField } } }");

        assertThat(new Validator().validateDocument(schema, document, Locale.ROOT)).isNotEmpty();
    }

    static Stream<Path> documents() {
        return files(DOCUMENTS, ".graphql").stream();
    }

    private static List<Path> files(Path folder, String extension) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
