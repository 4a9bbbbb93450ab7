package org.agijobs.disputes.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.agijobs.disputes.Dispute;
import org.agijobs.disputes.DisputeService;
import org.agijobs.disputes.DisputeService.EvidenceInput;
import org.agijobs.disputes.Evidence;
import org.agijobs.disputes.Ruling;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobService;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.graphql.BatchJoins;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** disputes.graphqls. Participants and jobs reached from disputes load in batches. */
@Controller
class DisputeController {

    private final DisputeService disputes;
    private final JobService jobs;
    private final ParticipantService participants;
    private final Parameters parameters;

    DisputeController(DisputeService disputes, JobService jobs, ParticipantService participants,
            Parameters parameters) {
        this.disputes = disputes;
        this.jobs = jobs;
        this.participants = participants;
        this.parameters = parameters;
    }

    record RaiseDisputeInput(String jobId, String reason, String evidenceHash, String evidenceUri, String note,
            String idempotencyKey) {
    }

    record AddEvidenceInput(String jobId, String evidenceHash, String evidenceUri, String note, String idempotencyKey) {
    }

    record ResolveDisputeInput(String jobId, Ruling ruling, String reason, String idempotencyKey) {
    }

    record DisputePayload(Dispute dispute, List<UserError> userErrors) {
    }

    @MutationMapping
    DisputePayload raiseDispute(@Argument RaiseDisputeInput input, Caller caller) {
        return Payloads.of(() -> disputes.raise(caller, jobId(input.jobId()), input.reason(),
                new EvidenceInput(input.evidenceHash(), input.evidenceUri(), input.note()), input.idempotencyKey()),
                DisputePayload::new);
    }

    @MutationMapping
    DisputePayload addDisputeEvidence(@Argument AddEvidenceInput input, Caller caller) {
        return Payloads.of(() -> disputes.addEvidence(caller, jobId(input.jobId()),
                new EvidenceInput(input.evidenceHash(), input.evidenceUri(), input.note()), input.idempotencyKey()),
                DisputePayload::new);
    }

    @MutationMapping
    DisputePayload resolveDispute(@Argument ResolveDisputeInput input, Caller caller) {
        return Payloads.of(() -> disputes.resolve(caller, jobId(input.jobId()), input.ruling(), input.reason(),
                input.idempotencyKey()), DisputePayload::new);
    }

    @QueryMapping
    Dispute dispute(@Argument String jobId, Caller caller) {
        return GlobalId.argument(jobId, "Job", "jobId").flatMap(job -> disputes.dispute(caller, job)).orElse(null);
    }

    @QueryMapping
    List<Dispute> openDisputes(@Argument Integer first, Caller caller) {
        return disputes.openDisputes(caller, first == null ? 50 : first);
    }

    @BatchMapping(typeName = "Job", field = "dispute")
    Map<JobView, Dispute> jobDispute(List<JobView> page) {
        return BatchJoins.joined(page, JobView::getId, disputes.disputes(BatchJoins.ids(page, JobView::getId)));
    }

    @BatchMapping(typeName = "Dispute", field = "job")
    Map<Dispute, JobView> job(List<Dispute> page) {
        return BatchJoins.joined(page, Dispute::jobId, jobs.findAll(BatchJoins.ids(page, Dispute::jobId)));
    }

    @SchemaMapping(typeName = "Dispute", field = "staleAt")
    Instant staleAt(Dispute dispute) {
        return dispute.openedAt().plus(parameters.duration(Parameter.DISPUTE_REVIEW_PERIOD));
    }

    @BatchMapping(typeName = "Dispute", field = "raisedBy")
    Map<Dispute, Participant> raisedBy(List<Dispute> page) {
        return participantsOf(page, Dispute::raisedBy);
    }

    @BatchMapping(typeName = "Dispute", field = "resolvedBy")
    Map<Dispute, Participant> resolvedBy(List<Dispute> page) {
        return participantsOf(page, Dispute::resolvedBy);
    }

    @BatchMapping(typeName = "Evidence", field = "author")
    Map<Evidence, Participant> author(List<Evidence> page) {
        return participantsOf(page, Evidence::authorId);
    }

    private <T> Map<T, Participant> participantsOf(List<T> page, Function<T, UUID> idOf) {
        return BatchJoins.joined(page, idOf, participants.byIds(BatchJoins.ids(page, idOf)));
    }

    private static UUID jobId(String id) {
        return GlobalId.require(id, "Job", "input.jobId");
    }
}
