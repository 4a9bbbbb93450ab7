package org.agijobs.platform.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text: clients send the same few operations over and over, and parsing
 * and validating each again was a visible share of every request. Validation depends on the schema alone, so a
 * cached entry (with its validation errors, if any) stands for every later request with that text. Bounded: once
 * {@code capacity} documents are held, further ones are parsed per request and not kept, so arbitrary queries
 * cannot fill the memory; documents longer than {@link #MAX_CACHED_LENGTH} characters are never kept.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

    static final int MAX_CACHED_LENGTH = 10_000;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
    private final int capacity;

    ParsedDocuments(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = documents.get(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (query.length() <= MAX_CACHED_LENGTH && documents.size() < capacity) {
            documents.putIfAbsent(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
