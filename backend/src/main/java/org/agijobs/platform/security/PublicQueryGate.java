package org.agijobs.platform.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marks a GraphQL request without a token as a public query when every operation in it is a query that selects
 * only {@link PublicQueryFields public root fields} (and {@code __typename}); the security rules let those
 * through and keep every other request without a token at HTTP 401, as before. The decision needs the body, so
 * the gate reads it (at most {@link #MAX_BODY_BYTES}) and hands on a request that replays it. Anything it cannot
 * read as such a query is simply not public.
 */
final class PublicQueryGate extends OncePerRequestFilter {

    /** The request attribute that marks a public query. */
    static final String PUBLIC_QUERY = PublicQueryGate.class.getName() + ".PUBLIC_QUERY";
    /** A public query is a short document; a larger anonymous request is not one, whatever it holds. */
    static final int MAX_BODY_BYTES = 32 * 1024;

    private final String graphQlPath;
    private final Set<String> publicFields;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicQueryGate(String graphQlPath, Set<String> publicFields) {
        this.graphQlPath = graphQlPath;
        this.publicFields = Set.copyOf(publicFields);
    }

    static boolean isPublicQuery(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PUBLIC_QUERY));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (publicFields.isEmpty() || !HttpMethod.POST.matches(request.getMethod())
                || !graphQlPath.equals(request.getRequestURI()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] head = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (head.length <= MAX_BODY_BYTES && selectsPublicFieldsOnly(head)) {
            request.setAttribute(PUBLIC_QUERY, Boolean.TRUE);
        }
        chain.doFilter(new ReplayedBody(request, head), response);
    }

    private boolean selectsPublicFieldsOnly(byte[] body) {
        try {
            JsonNode query = json.readTree(body).get("query");
            if (query == null || !query.isString()) {
                return false;
            }
            Document document = Parser.parse(query.asString());
            var operations = document.getDefinitionsOfType(OperationDefinition.class);
            return !operations.isEmpty() && operations.stream().allMatch(this::isPublic);
        } catch (RuntimeException notAQueryWeCanRead) {
            return false;
        }
    }

    /** A query whose root selections are plain fields, all public: fragments at the root are not looked into. */
    private boolean isPublic(OperationDefinition operation) {
        return operation.getOperation() == OperationDefinition.Operation.QUERY
                && operation.getSelectionSet().getSelections().stream().allMatch(this::isPublic);
    }

    private boolean isPublic(Selection<?> selection) {
        return selection instanceof Field field
                && (publicFields.contains(field.getName()) || "__typename".equals(field.getName()));
    }

    /** The request with the bytes the gate read put back in front of whatever it did not read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final ServletInputStream body;

        ReplayedBody(HttpServletRequest request, byte[] head) throws IOException {
            super(request);
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head), request.getInputStream());
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int next = rest.read();
                    finished = next < 0;
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = rest.read(buffer, offset, length);
                    finished = count < 0;
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The replayed body is read blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(body, charset));
        }
    }
}
