package org.agijobs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import org.agijobs.audit.internal.AuditStore;
import org.agijobs.audit.internal.ChainSealer;
import org.agijobs.audit.internal.CheckpointIssuer;
import org.agijobs.audit.internal.CheckpointTask;
import org.agijobs.certificates.PlatformSigner;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.support.ApiTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints as their holder uses them: issued when the sealed head moved, verified with the published key
 * set alone, and held against the chain later, where a rewrite of the history before them shows.
 */
@ApiTest
class AuditCheckpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JobsFixture fixture;
    @Autowired
    ChainSealer sealer;
    @Autowired
    CheckpointIssuer issuer;
    @Autowired
    AuditStore events;
    @Autowired
    PlatformSigner signer;
    @Autowired
    DueExecutions due;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMovedHeadIsSignedOnceAndAgainOnlyAfterItMovesAgain() {
        AuditCheckpoint first = checkpointAfterNewEvents("checkpointed.employer");
        long head = events.headSeq();

        Optional<AuditCheckpoint> again = issuer.issueIfHeadMoved();

        // Only a commit of some other work between the two calls could move the head; then a new one is right.
        if (events.headSeq() == head) {
            assertThat(again).isEmpty();
            assertThat(latest()).isEqualTo(first);
        }
        AuditCheckpoint second = checkpointAfterNewEvents("checkpointed.again.employer");
        assertThat(second.seq()).isGreaterThan(first.seq());
        assertThat(second.issuedAt()).isAfterOrEqualTo(first.issuedAt());
    }

    @Test
    void aCheckpointCitesTheHeadAsSealedAndIsStoredAsSigned() {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("cited.employer");

        Map<String, Object> row = jdbc.sql("select hash, sealed_at from audit_event where seq = :seq")
                .param("seq", checkpoint.seq()).query().singleRow();
        assertThat(checkpoint.hash()).isEqualTo(row.get("hash"));
        assertThat(checkpoint.sealedAt()).isEqualTo(((Timestamp) row.get("sealed_at")).toInstant());
        assertThat(checkpoint.issuedAt()).isAfterOrEqualTo(checkpoint.sealedAt());
        assertThat(jdbc.sql("select count(*) from audit_checkpoint where seq = :seq").param("seq", checkpoint.seq())
                .query(Long.class).single()).isEqualTo(1);
        Map<String, Object> node = nodes(page(owner(), 100, null)).stream()
                .filter(candidate -> ((Integer) candidate.get("seq")).longValue() == checkpoint.seq())
                .findFirst().orElseThrow();
        assertThat(node).containsEntry("hash", checkpoint.hash()).containsEntry("jws", checkpoint.jws())
                .containsEntry("issuedAt", checkpoint.issuedAt().toString());
    }

    @Test
    void aStoredCheckpointCanNeitherChangeNorGo() {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("append.only.checkpoint.employer");

        assertThatThrownBy(() -> jdbc.sql("update audit_checkpoint set hash = :hash where seq = :seq")
                .param("hash", "0".repeat(64)).param("seq", checkpoint.seq()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_checkpoint where seq = :seq")
                .param("seq", checkpoint.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate audit_checkpoint").update();
        })).hasMessageContaining("append-only");
        assertThat(latest().seq()).isGreaterThanOrEqualTo(checkpoint.seq());
    }

    @Test
    void whenTheIntervalIsDueTheSchedulerSignsTheMovedHeadAndComesBackOneIntervalLater() {
        Participant employer = fixture.employer("scheduled.checkpoint.employer", "500");
        fixture.postJob(employer, "Scheduled checkpoint", "10");
        sealer.sealNow();
        long head = events.headSeq();
        Instant dueAt = executionTime();

        // Other tests move the clock without running due work: the execution may be overdue already.
        Duration untilDue = Duration.between(clock.instant(), dueAt);
        clock.advance((untilDue.isNegative() ? Duration.ZERO : untilDue).plusSeconds(1));
        Instant ran = clock.instant();
        due.run();

        assertThat(latest().seq()).isGreaterThanOrEqualTo(head);
        assertThat(latest().issuedAt()).isAfterOrEqualTo(ran.minusMillis(1));
        assertThat(executionTime()).isAfter(ran);
    }

    @Test
    void theLatestCheckpointVerifiesWithThePublishedKeySetAloneAndAChangedOneDoesNot() throws Exception {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("offline.checkpoint.employer");

        HttpResponse<String> response = get(owner().token(), "/audit/checkpoints/latest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/jose"));
        JWSObject jws = JWSObject.parse(response.body());
        JWKSet keys = JWKSet.parse(get(null, "/certificates/jwks.json").body());
        ECKey key = keys.getKeyByKeyId(jws.getHeader().getKeyID()).toECKey();
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> claims = parse(jws.getPayload().toString());
        assertThat(claims.keySet()).containsExactly("seq", "hash", "sealedAt", "issuedAt");
        assertThat(((Number) claims.get("seq")).longValue()).isGreaterThanOrEqualTo(checkpoint.seq());
        assertThat(response.body()).isEqualTo(latest().jws());

        assertThat(JWSObject.parse(withPayload(response.body(), "\"seq\":", "\"seq\":1")).verify(
                new ECDSAVerifier(key))).isFalse();
    }

    @Test
    void aKeptCheckpointHoldsForAThirdPartysServiceAccountAsLongAsTheChainDoes() {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("kept.checkpoint.employer");
        Participant holder = fixture.participant("checkpoint.holder", "0", "integrator");

        assertThat(verify(holder, checkpoint.jws())).containsEntry("valid", true)
                .containsEntry("seq", (int) checkpoint.seq()).containsEntry("reason", null);
    }

    @Test
    void rewritingTheHistoryBeforeACheckpointShows() {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("rewritten.employer");
        // Later events, so that neither edited row is the head that a concurrent seal would link to.
        checkpointAfterNewEvents("after.rewrite.employer");
        long earlier = checkpoint.seq() - 1;
        assertThat(verify(owner(), checkpoint.jws())).containsEntry("valid", true);

        String payload = jdbc.sql("select payload::text from audit_event where seq = :seq").param("seq", earlier)
                .query(String.class).single();
        edit(earlier, "payload = jsonb_set(payload, '{edited}', 'true')");
        try {
            assertThat(verify(owner(), checkpoint.jws())).containsEntry("valid", false)
                    .containsEntry("seq", (int) checkpoint.seq()).containsEntry("reason", "CHAIN_BROKEN");
        } finally {
            edit(earlier, "payload = cast(:original as jsonb)", payload);
        }

        // A rewrite that recomputed the hashes: the event at the checkpoint's seq no longer has the signed hash.
        edit(checkpoint.seq(), "hash = :original", "f".repeat(64));
        try {
            assertThat(verify(owner(), checkpoint.jws())).containsEntry("valid", false)
                    .containsEntry("reason", "HASH_MISMATCH");
        } finally {
            edit(checkpoint.seq(), "hash = :original", checkpoint.hash());
        }
        assertThat(verify(owner(), checkpoint.jws())).containsEntry("valid", true);
    }

    @Test
    void aChangedOrForeignSignedCheckpointIsABadSignatureAndOtherSignedDocumentsAreNoCheckpoints()
            throws Exception {
        AuditCheckpoint checkpoint = checkpointAfterNewEvents("forged.checkpoint.employer");
        String changed = withPayload(checkpoint.jws(), "\"hash\":\"", "\"hash\":\"0");
        JWSObject original = JWSObject.parse(checkpoint.jws());
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID(original.getHeader().getKeyID()).generate();
        JWSObject foreign = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(impostor.getKeyID()).build(), original.getPayload());
        foreign.sign(new ECDSASigner(impostor));
        String beyondTheHead = signed("{\"seq\":" + (events.headSeq() + 1_000_000) + ",\"hash\":\""
                + checkpoint.hash() + "\",\"sealedAt\":null,\"issuedAt\":\"" + checkpoint.issuedAt() + "\"}");
        String report = signed("{\"generatedAt\":\"" + checkpoint.issuedAt() + "\"}");

        assertThat(verify(owner(), changed)).containsEntry("valid", false).containsEntry("seq", null)
                .containsEntry("reason", "BAD_SIGNATURE");
        assertThat(verify(owner(), foreign.serialize())).containsEntry("reason", "BAD_SIGNATURE");
        assertThat(verify(owner(), "not a checkpoint")).containsEntry("reason", "BAD_SIGNATURE");
        assertThat(verify(owner(), beyondTheHead)).containsEntry("valid", false)
                .containsEntry("reason", "UNKNOWN_SEQ");
        assertThat(verify(owner(), report)).containsEntry("valid", false).containsEntry("reason", "MALFORMED");
    }

    @Test
    void checkpointsPageNewestFirstAndACursorOfAnotherListIsRefused() {
        checkpointAfterNewEvents("paged.checkpoint.employer");
        checkpointAfterNewEvents("paged.checkpoint.again.employer");

        ClientGraphQlResponse first = page(owner(), 1, null);
        ClientGraphQlResponse next = page(owner(), 1,
                first.field("auditCheckpoints.pageInfo.endCursor").toEntity(String.class));
        ClientGraphQlResponse foreign = page(owner(), 1, Cursors.ofSeq(1));

        assertThat(first.field("auditCheckpoints.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
        assertThat((Integer) nodes(first).getFirst().get("seq"))
                .isGreaterThan((Integer) nodes(next).getFirst().get("seq"));
        assertThat(foreign.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "employer", "agent", "validator", "moderator", "guardian", "integrator"})
    void onlyOwnersAndIntegratorsReadOrCheckCheckpoints(String role) throws Exception {
        Participant caller = fixture.participant("checkpoint.reader." + role, "0", role);
        boolean allowed = role.equals("owner") || role.equals("integrator");
        sealer.sealNow();
        issuer.issueIfHeadMoved();

        ClientGraphQlResponse list = page(caller, 1, null);
        HttpResponse<String> latest = get(caller.token(), "/audit/checkpoints/latest");
        ClientGraphQlResponse check = fixture.http(caller).documentName("verifyAuditCheckpoint")
                .variable("jws", latest().jws()).executeSync();

        if (allowed) {
            assertThat(list.getErrors()).isEmpty();
            assertThat(latest.statusCode()).isEqualTo(200);
            assertThat(check.getErrors()).isEmpty();
        } else {
            assertThat(list.getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
            assertThat(latest.statusCode()).isEqualTo(403);
            assertThat(parse(latest.body())).containsEntry("code", "FORBIDDEN");
            assertThat(check.getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
        }
        assertThat(get(null, "/audit/checkpoints/latest").statusCode()).isEqualTo(401);
    }

    /** Records and seals events of a new participant, then signs the head they moved. */
    private AuditCheckpoint checkpointAfterNewEvents(String employerName) {
        Participant employer = fixture.employer(employerName, "500");
        fixture.postJob(employer, "Checkpointed", "10");
        sealer.sealNow();
        Optional<AuditCheckpoint> issued = issuer.issueIfHeadMoved();
        assertThat(issued).isPresent();
        return issued.get();
    }

    private AuditCheckpoint latest() {
        return jdbc.sql("""
                select seq, hash, sealed_at, issued_at, jws from audit_checkpoint order by seq desc limit 1
                """)
                .query((rs, row) -> new AuditCheckpoint(rs.getLong("seq"), rs.getString("hash"),
                        rs.getTimestamp("sealed_at") == null ? null : rs.getTimestamp("sealed_at").toInstant(),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("jws")))
                .single();
    }

    private Instant executionTime() {
        return jdbc.sql("""
                select execution_time from scheduled_tasks where task_name = :task and task_instance = :id
                """)
                .param("task", CheckpointTask.KIND).param("id", CheckpointTask.INSTANCE)
                .query(Timestamp.class).single().toInstant();
    }

    private String signed(String payload) {
        return signer.sign(payload.getBytes(StandardCharsets.UTF_8)).jws();
    }

    /** The JWS with its payload changed and its signature kept, as a forger would try. */
    private static String withPayload(String jws, String target, String replacement) {
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains(target);
        String changed = payload.replace(target, replacement);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Changes one sealed row as a superuser who turns triggers off for the session. */
    private void edit(long seq, String assignment, Object... original) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            var update = jdbc.sql("update audit_event set " + assignment + " where seq = :seq").param("seq", seq);
            if (original.length > 0) {
                update = update.param("original", original[0]);
            }
            assertThat(update.update()).isEqualTo(1);
        });
    }

    private Participant owner() {
        return fixture.participant("checkpoint.owner", "0", "owner");
    }

    private ClientGraphQlResponse page(Participant caller, int first, @Nullable String after) {
        var request = fixture.http(caller).documentName("auditCheckpoints").variable("first", first);
        return (after == null ? request : request.variable("after", after)).executeSync();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        return response.field("auditCheckpoints.edges").toEntityList(Map.class).stream()
                .map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verify(Participant caller, String jws) {
        ClientGraphQlResponse response = fixture.http(caller).documentName("verifyAuditCheckpoint")
                .variable("jws", jws).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("verifyAuditCheckpoint").toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        return JSON.readValue(text, Map.class);
    }

    private HttpResponse<String> get(@Nullable String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.port() + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
