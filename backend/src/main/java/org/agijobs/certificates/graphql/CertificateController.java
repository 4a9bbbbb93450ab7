package org.agijobs.certificates.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.certificates.Certificate;
import org.agijobs.certificates.CertificateService;
import org.agijobs.certificates.CertificateVerification;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobService;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.graphql.Cursors;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Caller;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import static org.agijobs.platform.graphql.BatchJoins.ids;
import static org.agijobs.platform.graphql.BatchJoins.joined;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * certificates.graphqls: thin calls into {@link CertificateService}. Every field that leads to another object
 * is a {@code @BatchMapping}, so a page of jobs or certificates loads its certificates, jobs and parties with
 * one query each.
 */
@Controller
class CertificateController {

    static final String CERTIFICATE_TYPE = "Certificate";
    static final String JOB_TYPE = "Job";
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    /** The keyset of {@code findByAgentIdOrderByIssuedAtDescIdDesc}. */
    private static final List<Cursors.Key> NEWEST_FIRST = List.of(new Cursors.Key("issuedAt", Instant.class),
            new Cursors.Key("id", UUID.class));

    private final CertificateService certificates;
    private final JobService jobs;
    private final ParticipantService participants;

    CertificateController(CertificateService certificates, JobService jobs, ParticipantService participants) {
        this.certificates = certificates;
        this.jobs = jobs;
        this.participants = participants;
    }

    /** Open to anonymous callers: see {@link PublicCertificateQueries}. */
    @QueryMapping
    CertificateVerification verifyCertificate(@Argument String jws) {
        return certificates.verify(jws);
    }

    @QueryMapping
    Certificate certificate(@Argument String jobId, Caller caller) {
        return GlobalId.argument(jobId, JOB_TYPE, "jobId").flatMap(job -> certificates.forJob(caller, job))
                .orElse(null);
    }

    @QueryMapping
    Window<Certificate> myCertificates(ScrollSubrange subrange, Caller caller) {
        ScrollPosition position = Cursors.keyset(subrange, NEWEST_FIRST);
        int size = Math.clamp(subrange.count().orElse(DEFAULT_PAGE), 1, MAX_PAGE);
        return certificates.mine(caller, position, size);
    }

    @SchemaMapping(typeName = CERTIFICATE_TYPE, field = "id")
    String id(Certificate certificate) {
        return GlobalId.of(CERTIFICATE_TYPE, certificate.getId());
    }

    @BatchMapping(typeName = JOB_TYPE, field = "certificate")
    Map<JobView, Certificate> certificateOfJob(List<JobView> page) {
        Map<UUID, Certificate> issued = certificates.forJobs(ids(page, JobView::getId));
        return joined(page, JobView::getId, issued);
    }

    @BatchMapping(typeName = CERTIFICATE_TYPE, field = "job")
    Map<Certificate, JobView> job(List<Certificate> page) {
        return joined(page, Certificate::getJobId, jobs.findAll(ids(page, Certificate::getJobId)));
    }

    @BatchMapping(typeName = CERTIFICATE_TYPE, field = "agent")
    Map<Certificate, Participant> agent(List<Certificate> page) {
        return joined(page, Certificate::getAgentId, participants.byIds(ids(page, Certificate::getAgentId)));
    }

    @BatchMapping(typeName = CERTIFICATE_TYPE, field = "employer")
    Map<Certificate, Participant> employer(List<Certificate> page) {
        return joined(page, Certificate::getEmployerId, participants.byIds(ids(page, Certificate::getEmployerId)));
    }
}
