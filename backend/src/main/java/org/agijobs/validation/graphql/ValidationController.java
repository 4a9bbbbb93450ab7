package org.agijobs.validation.graphql;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.jobs.Job;
import org.agijobs.jobs.JobService;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Callers;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeDraw;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.CommitteePhase;
import org.agijobs.validation.ValidationService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
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
    VotePayload commitVote(@Argument CommitVoteInput input, Authentication authentication) {
        Caller caller = Callers.callerOf(authentication);
        return Payloads.of(() -> validation.commitVote(caller, jobId(input.jobId()), input.commitHash(),
                input.idempotencyKey()), VotePayload::new);
    }

    @MutationMapping
    VotePayload revealVote(@Argument RevealVoteInput input, Authentication authentication) {
        Caller caller = Callers.callerOf(authentication);
        return Payloads.of(() -> validation.revealVote(caller, jobId(input.jobId()), input.approve(), input.salt(),
                input.idempotencyKey()), VotePayload::new);
    }

    @QueryMapping
    Committee committee(@Argument String jobId, Authentication authentication) {
        Caller caller = Callers.callerOf(authentication);
        return GlobalId.decode(jobId).filter(id -> "Job".equals(id.type()))
                .flatMap(id -> validation.committee(caller, id.id())).orElse(null);
    }

    @QueryMapping
    List<Committee> myCommitteeAssignments(Authentication authentication) {
        return validation.myCommitteeAssignments(Callers.callerOf(authentication));
    }

    @BatchMapping(typeName = "Job", field = "committee")
    Map<Job, Committee> jobCommittee(List<Job> page) {
        Map<UUID, Committee> found = validation.committees(page.stream().map(Job::getId).toList());
        return page.stream().filter(job -> found.containsKey(job.getId()))
                .collect(Collectors.toMap(Function.identity(), job -> found.get(job.getId()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Committee", field = "job")
    Map<Committee, Job> job(List<Committee> committees) {
        Map<UUID, Job> found = jobs.findAll(committees.stream().map(Committee::jobId).toList());
        return committees.stream().filter(committee -> found.containsKey(committee.jobId()))
                .collect(Collectors.toMap(Function.identity(), committee -> found.get(committee.jobId()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "Committee", field = "phase")
    CommitteePhase phase(Committee committee) {
        return committee.phaseAt(clock.instant());
    }

    @BatchMapping(typeName = "CommitteeMember", field = "validator")
    Map<CommitteeMember, Participant> memberValidator(List<CommitteeMember> members) {
        Map<UUID, Participant> found = byId(members.stream().map(CommitteeMember::validatorId).toList());
        return members.stream().filter(member -> found.containsKey(member.validatorId()))
                .collect(Collectors.toMap(Function.identity(), member -> found.get(member.validatorId()), (a, b) -> a));
    }

    @BatchMapping(typeName = "CommitteeCandidate", field = "validator")
    Map<CommitteeDraw.Candidate, Participant> candidateValidator(List<CommitteeDraw.Candidate> candidates) {
        Map<UUID, Participant> found = byId(candidates.stream().map(CommitteeDraw.Candidate::validatorId).toList());
        return candidates.stream().filter(candidate -> found.containsKey(candidate.validatorId()))
                .collect(Collectors.toMap(Function.identity(), candidate -> found.get(candidate.validatorId()),
                        (a, b) -> a));
    }

    @SchemaMapping(typeName = "CommitteeCandidate", field = "validatorUuid")
    String validatorUuid(CommitteeDraw.Candidate candidate) {
        return candidate.validatorId().toString();
    }

    private Map<UUID, Participant> byId(Collection<UUID> ids) {
        return participants.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
    }

    private static UUID jobId(String id) {
        return GlobalId.require(id, "Job", "input.jobId");
    }
}
