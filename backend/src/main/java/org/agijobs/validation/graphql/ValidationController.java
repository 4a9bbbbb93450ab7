package org.agijobs.validation.graphql;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobService;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.graphql.BatchJoins;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeDraw;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.CommitteePhase;
import org.agijobs.validation.ValidationService;
import org.agijobs.validation.ValidatorBan;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** validation.graphqls: votes, committees and their draws. Objects reached from a committee load in batches. */
@Controller
class ValidationController {

    private final ValidationService validation;
    private final JobService jobs;
    private final ParticipantService participants;
    private final Clock clock;

    ValidationController(ValidationService validation, JobService jobs, ParticipantService participants, Clock clock) {
        this.validation = validation;
        this.jobs = jobs;
        this.participants = participants;
        this.clock = clock;
    }

    record CommitVoteInput(String jobId, String commitHash, String idempotencyKey) {
    }

    record RevealVoteInput(String jobId, Boolean approve, String salt, String idempotencyKey) {
    }

    record VotePayload(Committee committee, List<UserError> userErrors) {
    }

    @MutationMapping
    VotePayload commitVote(@Argument CommitVoteInput input, Caller caller) {
        return Payloads.of(() -> validation.commitVote(caller, jobId(input.jobId()), input.commitHash(),
                input.idempotencyKey()), VotePayload::new);
    }

    @MutationMapping
    VotePayload revealVote(@Argument RevealVoteInput input, Caller caller) {
        return Payloads.of(() -> validation.revealVote(caller, jobId(input.jobId()), input.approve(), input.salt(),
                input.idempotencyKey()), VotePayload::new);
    }

    @QueryMapping
    Committee committee(@Argument String jobId, Caller caller) {
        return GlobalId.argument(jobId, "Job", "jobId").flatMap(job -> validation.committee(caller, job))
                .orElse(null);
    }

    @QueryMapping
    List<Committee> myCommitteeAssignments(Caller caller) {
        return validation.myCommitteeAssignments(caller);
    }

    @QueryMapping
    List<ValidatorBan> myValidatorBans(Caller caller) {
        return validation.myBans(caller);
    }

    @BatchMapping(typeName = "ValidatorBan", field = "job")
    Map<ValidatorBan, JobView> banJob(List<ValidatorBan> bans) {
        return BatchJoins.joined(bans, ValidatorBan::jobId, jobs.findAll(BatchJoins.ids(bans, ValidatorBan::jobId)));
    }

    @BatchMapping(typeName = "Job", field = "committee")
    Map<JobView, Committee> jobCommittee(List<JobView> page) {
        return BatchJoins.joined(page, JobView::getId, validation.committees(BatchJoins.ids(page, JobView::getId)));
    }

    @BatchMapping(typeName = "Committee", field = "job")
    Map<Committee, JobView> job(List<Committee> committees) {
        return BatchJoins.joined(committees, Committee::jobId, jobs.findAll(BatchJoins.ids(committees, Committee::jobId)));
    }

    @SchemaMapping(typeName = "Committee", field = "phase")
    CommitteePhase phase(Committee committee) {
        return committee.phaseAt(clock.instant());
    }

    @BatchMapping(typeName = "CommitteeMember", field = "validator")
    Map<CommitteeMember, Participant> memberValidator(List<CommitteeMember> members) {
        return BatchJoins.joined(members, CommitteeMember::validatorId,
                participants.byIds(BatchJoins.ids(members, CommitteeMember::validatorId)));
    }

    @BatchMapping(typeName = "CommitteeCandidate", field = "validator")
    Map<CommitteeDraw.Candidate, Participant> candidateValidator(List<CommitteeDraw.Candidate> candidates) {
        return BatchJoins.joined(candidates, CommitteeDraw.Candidate::validatorId,
                participants.byIds(BatchJoins.ids(candidates, CommitteeDraw.Candidate::validatorId)));
    }

    @SchemaMapping(typeName = "CommitteeCandidate", field = "validatorUuid")
    String validatorUuid(CommitteeDraw.Candidate candidate) {
        return candidate.validatorId().toString();
    }

    private static UUID jobId(String id) {
        return GlobalId.require(id, "Job", "input.jobId");
    }
}
