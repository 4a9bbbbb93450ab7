package org.agijobs.validation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.jobs.JobOutcomes;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.validation.internal.CommitteeStore;
import org.agijobs.validation.internal.Voting;
import org.springframework.stereotype.Service;

/**
 * The validation module's API: committee members commit and reveal their votes (each once per idempotency key,
 * in one transaction on the job's locked row); anyone with a role reads a committee, its draw and its tally.
 */
@Service
public class ValidationService {

    private final CommitteeStore committees;
    private final Voting voting;
    private final JobOutcomes outcomes;
    private final ParticipantService participants;
    private final IdempotentMutations mutations;
    private final Clock clock;

    ValidationService(CommitteeStore committees, Voting voting, JobOutcomes outcomes, ParticipantService participants,
            IdempotentMutations mutations, Clock clock) {
        this.committees = committees;
        this.voting = voting;
        this.outcomes = outcomes;
        this.participants = participants;
        this.mutations = mutations;
        this.clock = clock;
    }

    private record CommitVoteRequest(UUID jobId, String commitHash) {
    }

    private record RevealVoteRequest(UUID jobId, boolean approve, String salt) {
    }

    /** A job id as a result type of the idempotent runner. */
    private record JobRef(UUID jobId) {
    }

    /** A member commits {@code SHA-256(jobId|validatorId|approve|salt)} during the commit window; once. */
    public Committee commitVote(Caller caller, UUID jobId, String commitHash, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.VALIDATOR);
        String hash = Voting.requireHash(commitHash);
        mutations.run(caller, idempotencyKey, new CommitVoteRequest(jobId, hash), JobRef.class, () -> {
            voting.commit(outcomes.lockExisting(jobId, "input.jobId"), participants.profileOf(caller), hash);
            return new JobRef(jobId);
        });
        return committees.find(jobId).orElseThrow();
    }

    /** A member reveals its vote and salt during the reveal window; they must match its commit. */
    public Committee revealVote(Caller caller, UUID jobId, boolean approve, String salt, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.VALIDATOR);
        String checkedSalt = Voting.requireSalt(salt);
        mutations.run(caller, idempotencyKey, new RevealVoteRequest(jobId, approve, checkedSalt), JobRef.class, () -> {
            voting.reveal(outcomes.lockExisting(jobId, "input.jobId"), participants.profileOf(caller), approve,
                    checkedSalt);
            return new JobRef(jobId);
        });
        return committees.find(jobId).orElseThrow();
    }

    public Optional<Committee> committee(Caller caller, UUID jobId) {
        Authorization.requireSomeRole(caller);
        return committees.find(jobId);
    }

    /** Committees by job id, for batch loading (callers checked by the query that reached the jobs). */
    public Map<UUID, Committee> committees(Collection<UUID> jobIds) {
        return committees.findAll(jobIds);
    }

    /** The job's committee, for the settlement and dispute modules. */
    public Optional<Committee> committeeOf(UUID jobId) {
        return committees.find(jobId);
    }

    /** The calling validator's bans for unrevealed votes, the latest first, each with whether it still holds. */
    public List<ValidatorBan> myBans(Caller caller) {
        Authorization.requireAnyOf(caller, Role.VALIDATOR);
        return committees.bansOf(participants.profileOf(caller).getId(), clock.instant());
    }

    /** The committees the calling validator sits on that are still voting, soonest deadline first. */
    public List<Committee> myCommitteeAssignments(Caller caller) {
        Authorization.requireAnyOf(caller, Role.VALIDATOR);
        UUID me = participants.profileOf(caller).getId();
        List<UUID> open = committees.openAssignments(me);
        Map<UUID, Committee> found = committees.findAll(open);
        return open.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
