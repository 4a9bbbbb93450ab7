package org.agijobs.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agijobs.certificates.CertificateFixture.SubmittedJob;
import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.settlement.JobSettled;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpClientErrorException;

/** A certificate for every job that settles as a success, exactly one, inside the settlement transaction. */
@ApiTest
class CertificateIssuanceTest {

    @Autowired
    CertificateFixture fixture;

    @Autowired
    JobsFixture jobs;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    StatementCounter statements;

    @Autowired
    MutableClock clock;

    @Test
    void aSuccessfulSettlementIssuesTheAgentACertificateOfTheJob() {
        SubmittedJob job = fixture.submittedJob("12.000000000000000001");
        JobSettled settled = fixture.settled(job, true);

        fixture.recordInTransaction(settled);

        Map<String, Object> certificate = certificateOf(job, job.employer());
        assertThat(GlobalId.decode((String) certificate.get("id")).orElseThrow().type()).isEqualTo("Certificate");
        assertThat(certificate).containsEntry("specHash", job.specHash()).containsEntry("resultHash", job.resultHash())
                .containsEntry("reward", "12.000000000000000001")
                .containsEntry("settledAt", settled.settledAt().toString());
        assertThat(certificate.get("job")).isEqualTo(Map.of("id", job.jobId()));
        assertThat(((Map<?, ?>) certificate.get("agent")).get("id")).isEqualTo(job.agent().globalId());
        assertThat(certificate.get("employer")).isEqualTo(Map.of("id", job.employer().globalId()));
        assertThat((String) certificate.get("jws")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat((String) certificate.get("keyId")).isNotBlank();
        assertThat(fixture.certificatesOf(job)).isEqualTo(1);
    }

    @Test
    void aFailedSettlementIssuesNoCertificate() {
        SubmittedJob job = fixture.submittedJob("10");

        fixture.recordInTransaction(fixture.settled(job, false));

        assertThat(fixture.certificatesOf(job)).isZero();
        ClientGraphQlResponse response = jobs.http(job.agent()).documentName("certificate").variable("jobId", job.jobId())
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat((Object) response.field("certificate").getValue()).isNull();
    }

    @Test
    void aReplayedSettlementKeepsTheFirstCertificate() {
        SubmittedJob job = fixture.submittedJob("10");
        JobSettled settled = fixture.settled(job, true);
        String first = fixture.certify(job);

        clock.advance(Duration.ofSeconds(2));
        fixture.recordInTransaction(settled);
        fixture.recordInTransaction(settled, settled);

        assertThat(fixture.certificatesOf(job)).isEqualTo(1);
        assertThat(certificateOf(job, job.agent()).get("jws")).isEqualTo(first);
    }

    @Test
    void concurrentDuplicatesOfTheSettlementIssueOneCertificateAndAllSucceed() throws Exception {
        SubmittedJob job = fixture.submittedJob("10");
        JobSettled settled = fixture.settled(job, true);
        int duplicates = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> publishers = new ArrayList<>();
        for (int i = 0; i < duplicates; i++) {
            publishers.add(() -> {
                start.await();
                fixture.recordInTransaction(settled);
                return null;
            });
        }

        try (ExecutorService threads = Executors.newFixedThreadPool(duplicates)) {
            List<Future<Void>> results = publishers.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<Void> result : results) {
                result.get();
            }
        }

        assertThat(fixture.certificatesOf(job)).isEqualTo(1);
    }

    @Test
    void aSettlementThatRollsBackLeavesNoCertificate() {
        SubmittedJob job = fixture.submittedJob("10");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            fixture.record(fixture.settled(job, true));
            status.setRollbackOnly();
        });

        assertThat(fixture.certificatesOf(job)).isZero();
    }

    @Test
    void certificatesAreIssuedOnlyInsideTheSettlementTransaction() {
        SubmittedJob job = fixture.submittedJob("10");

        assertThatThrownBy(() -> fixture.record(fixture.settled(job, true)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(fixture.certificatesOf(job)).isZero();
    }

    @Test
    void agentsPageThroughTheirOwnCertificatesNewestFirst() {
        Participant employer = jobs.employer("cert.pager.employer", "1000");
        Participant agent = jobs.agent("cert.pager.agent", "100", "AI");
        Participant otherAgent = jobs.agent("cert.pager.other", "100", "AI");
        List<String> certified = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SubmittedJob job = fixture.submittedJob(employer, agent, "1" + i);
            fixture.certify(job);
            certified.addFirst(job.jobId());
            clock.advance(Duration.ofSeconds(1));
        }
        fixture.certify(fixture.submittedJob(employer, otherAgent, "5"));

        ClientGraphQlResponse first = jobs.http(agent).documentName("myCertificates").variable("first", 2).executeSync();
        ClientGraphQlResponse second = jobs.http(agent).documentName("myCertificates").variable("first", 2)
                .variable("after", first.field("myCertificates.pageInfo.endCursor").getValue()).executeSync();

        assertThat(edges(first, "myCertificates", "node.job.id"))
                .containsExactly(certified.get(0), certified.get(1));
        assertThat(edges(first, "myCertificates", "node.reward"))
                .containsExactly("12", "11");
        assertThat(first.field("myCertificates.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
        assertThat(edges(second, "myCertificates", "node.job.id"))
                .containsExactly(certified.get(2));
        assertThat(second.field("myCertificates.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();
        assertThat(edges(second, "myCertificates", "node.agent.id"))
                .containsOnly(agent.globalId());
    }

    @Test
    void onlyAgentsListTheirCertificates() {
        Participant employer = jobs.employer("cert.not.agent", "0");

        ClientGraphQlResponse response = jobs.http(employer).documentName("myCertificateCursors")
                .executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN"));
    }

    @Test
    void readingCertificatesNeedsAToken() {
        SubmittedJob job = fixture.submittedJob("10");
        fixture.certify(job);

        assertThatThrownBy(() -> jobs.http(null).documentName("certificate").variable("jobId", job.jobId()).executeSync())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
        assertThatThrownBy(() -> jobs.http(null).documentName("myCertificateCursors").executeSync())
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    @Test
    void aCertificateIsReachableByItsGlobalId() {
        SubmittedJob job = fixture.submittedJob("10");
        fixture.certify(job);
        String id = (String) certificateOf(job, job.employer()).get("id");

        ClientGraphQlResponse response = jobs.http(job.employer())
                .documentName("certificateNode")
                .variable("id", id).executeSync();

        assertThat(response.field("node.job.id").toEntity(String.class)).isEqualTo(job.jobId());
    }

    @Test
    void aPageOfJobsLoadsItsCertificatesAndTheirRelationsInOneStatementEach() {
        Participant lonelyEmployer = jobs.employer("cert.batch.one", "1000");
        Participant busyEmployer = jobs.employer("cert.batch.many", "1000");
        Participant agent = jobs.agent("cert.batch.agent", "100", "AI");
        fixture.certify(fixture.submittedJob(lonelyEmployer, agent, "10"));
        jobs.withParameter("MAX_ACTIVE_JOBS_PER_AGENT", "100", () -> {
            for (int i = 0; i < 4; i++) {
                fixture.certify(fixture.submittedJob(busyEmployer, agent, "10"));
            }
        });
        Participant reader = jobs.participant("cert.batch.reader", "0", "integrator");

        pageOfJobs(reader, lonelyEmployer, 1);
        long forOne = statementsFor(() -> pageOfJobs(reader, lonelyEmployer, 1));
        long forFour = statementsFor(() -> pageOfJobs(reader, busyEmployer, 4));

        // The page, then one each for certificates, their jobs, agents and employers.
        assertThat(forFour).isEqualTo(forOne).isEqualTo(5);
    }

    private void pageOfJobs(Participant reader, Participant employer, int expected) {
        ClientGraphQlResponse response = jobs.http(reader).documentName("certificatesOfEmployerJobs")
                .variable("employer", employer.globalId()).executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(edges(response, "jobs", "node.certificate.employer.id"))
                .hasSize(expected).containsOnly(employer.globalId());
    }

    /** The value at {@code path} in each edge of the connection {@code connection}. */
    private static List<Object> edges(ClientGraphQlResponse response, String connection, String path) {
        List<Map<String, Object>> edges = response.field(connection + ".edges").getValue();
        return edges.stream().map(edge -> {
            Object value = edge;
            for (String key : path.split("\\.")) {
                value = value == null ? null : ((Map<?, ?>) value).get(key);
            }
            return value;
        }).toList();
    }

    private long statementsFor(Runnable request) {
        long before = statements.count();
        request.run();
        return statements.count() - before;
    }

    private Map<String, Object> certificateOf(SubmittedJob job, Participant reader) {
        ClientGraphQlResponse response = jobs.http(reader).documentName("certificate").variable("jobId", job.jobId())
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("certificate").getValue();
    }
}
