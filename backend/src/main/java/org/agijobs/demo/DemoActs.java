package org.agijobs.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.NewJob;
import org.agijobs.jobs.Submission;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.input.InputRules;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.ValidationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the demo users do to a job, each act one service call as that user, as the API would make it. */
@Component
@Profile("demo & dev")
class DemoActs {

    private static final Logger log = LoggerFactory.getLogger(DemoActs.class);

    private final JobService jobs;
    private final ValidationService validation;
    private final ParticipantService participants;
    private final Clock clock;

    DemoActs(JobService jobs, ValidationService validation, ParticipantService participants, Clock clock) {
        this.jobs = jobs;
        this.validation = validation;
        this.participants = participants;
        this.clock = clock;
    }

    UUID post(DemoJob job, Instant deadline) {
        NewJob draft = new NewJob(job.title(), job.description(), null, null, job.reward(), deadline, job.skills(),
                AgentTypesAllowed.ANY, null, null, null, null);
        return SignedIn.as(job.employer(), clock, () -> idOf(jobs.create(job.employer().caller(), draft, null)));
    }

    UUID take(DemoJob job, UUID id) {
        SignedIn.run(job.agent(), clock, () -> jobs.apply(job.agent().caller(), id, null));
        return id;
    }

    /** The agent submits its result; validation then draws a committee, or hands the job to the moderators. */
    UUID deliver(DemoJob job, UUID id) {
        String result = "Result of: " + job.title();
        Submission submission = new Submission(InputRules.sha256Of(result),
                "https://results.agijobs.example/demo/" + job.name().toLowerCase(), result);
        SignedIn.run(job.agent(), clock, () -> jobs.submit(job.agent().caller(), id, submission, null));
        return id;
    }

    /**
     * The committee's seeded votes, all approving, in draw order: every member's, or all but the last one's on the
     * job that leaves a vote to a person. Returns the committee, empty when the job went to the moderators.
     */
    Optional<Committee> commitSeededVotes(DemoJob job, UUID id) {
        Optional<Committee> drawn = validation.committeeOf(id);
        drawn.ifPresent(committee -> {
            List<CommitteeMember> members = committee.members();
            int seeded = job == DemoJob.VOTING ? members.size() - 1 : members.size();
            for (CommitteeMember member : members.subList(0, seeded)) {
                DemoUser validator = validatorOf(member.validatorId()).orElseThrow();
                SignedIn.run(validator, clock, () -> validation.commitVote(validator.caller(), id,
                        DemoVotes.commitOf(id, member.validatorId()), null));
            }
        });
        return drawn;
    }

    /**
     * Reveals every seeded vote that is committed and not yet revealed; the last reveal tallies the job. A vote a
     * person committed in the portal has a salt only their browser knows: its reveal is refused and left to them.
     */
    void revealSeededVotes(Committee committee) {
        UUID id = committee.jobId();
        for (CommitteeMember member : committee.members()) {
            if (!member.committed() || member.revealed()) {
                continue;
            }
            validatorOf(member.validatorId()).ifPresent(validator -> {
                try {
                    SignedIn.run(validator, clock, () -> validation.revealVote(validator.caller(), id,
                            DemoVotes.APPROVE, DemoVotes.saltOf(id, member.validatorId()), null));
                } catch (DomainException notSeeded) {
                    log.info("Left the vote of {} on job {} to them: {}", validator.username(), id,
                            notSeeded.getMessage());
                }
            });
        }
    }

    Optional<JobState> state(UUID id) {
        return jobs.find(id).map(JobView::getState);
    }

    Optional<Committee> committee(UUID id) {
        return validation.committeeOf(id);
    }

    private Optional<DemoUser> validatorOf(UUID participantId) {
        var participant = participants.byIds(List.of(participantId)).get(participantId);
        if (participant == null) {
            return Optional.empty();
        }
        return DemoUser.VALIDATORS.stream().filter(user -> user.subject().equals(participant.getSubject())).findFirst();
    }

    /** Through the module's published view, not its aggregate. */
    private static UUID idOf(JobView job) {
        return job.getId();
    }
}
