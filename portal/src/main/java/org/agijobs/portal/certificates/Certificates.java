package org.agijobs.portal.certificates;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.backend.BackendClient;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.backend.PublicBackend;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An agent's certificates through the API with the agent's token, and their verification through the API as an
 * anonymous caller: the check a stranger makes is exactly the one the portal shows.
 */
@Service
public class Certificates {

    private final BackendClient backend;
    private final PublicBackend publicBackend;

    Certificates(BackendClient backend, PublicBackend publicBackend) {
        this.backend = backend;
        this.publicBackend = publicBackend;
    }

    public record Held(String id, String reward, Instant settledAt, Instant issuedAt, String jws, JobRef job,
                       Handle employer) {
    }

    public record JobRef(String id, String title) {
    }

    public record Handle(String handle) {
    }

    record Edge(String cursor, Held node) {
    }

    record PageInfo(boolean hasNextPage) {
    }

    record Connection(List<Edge> edges, PageInfo pageInfo) {
    }

    /** What the platform says of a certificate: genuine or why not, and what it states. */
    public record Verification(boolean valid, @Nullable String reason, @Nullable Claims claims) {
    }

    public record Claims(String id, String issuer, String jobId, String agent, String employer, String specHash,
                         String resultHash, String reward, Instant settledAt, Instant issuedAt, String keyId) {
    }

    public CursorPager.Page<Held> mine(@Nullable String after, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("first", first));
        if (after != null) {
            variables.put("after", after);
        }
        Connection page = backend.execute("myCertificates", variables, "myCertificates", Connection.class);
        return new CursorPager.Page<>(page.edges().stream().map(Edge::node).toList(),
                page.edges().stream().map(Edge::cursor).toList(), page.pageInfo().hasNextPage());
    }

    /** Asks the backend without any token, as anyone handed the certificate would. */
    public Verification verify(String jws) {
        return publicBackend.execute("verifyCertificate", Map.of("jws", jws.strip()), "verifyCertificate",
                Verification.class);
    }
}
