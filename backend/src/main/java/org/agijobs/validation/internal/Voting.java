package org.agijobs.validation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.jobs.EscalationReason;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobOutcomes;
import org.agijobs.jobs.JobPhaseChanged.JobPhase;
import org.agijobs.jobs.JobState;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.security.Role;
import org.agijobs.platform.input.InputRules;
import org.agijobs.validation.CommitHash;
import org.agijobs.validation.Committee;
import org.agijobs.validation.CommitteeMember;
import org.agijobs.validation.CommitteePhase;
import org.agijobs.validation.TallyOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commit, reveal and tally, each inside the caller's transaction on a job whose row the caller locked, so votes
 * on one job and its deadline run one after the other. Every rule is checked before anything is written.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Voting {

    public static final String HASH_FIELD = "input.commitHash";
    public static final String SALT_FIELD = "input.salt";
    /** Long enough that nobody can guess the vote by trying salts; short enough to store. */
    private static final int MAX_SALT = 128;
    private static final Pattern SALT = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final CommitteeStore committees;
    private final JobOutcomes outcomes;
    private final Parameters parameters;
    private final ParticipantService participants;
    private final Clock clock;

    Voting(CommitteeStore committees, JobOutcomes outcomes, Parameters parameters, ParticipantService participants,
            Clock clock) {
        this.committees = committees;
        this.outcomes = outcomes;
        this.parameters = parameters;
        this.participants = participants;
        this.clock = clock;
    }

    /** The commit as 64 hex digits, in lower case like the hash {@link CommitHash} computes at reveal. */
    public static String requireHash(String hash) {
        return InputRules.requiredSha256(hash, HASH_FIELD);
    }

    public static String requireSalt(String salt) {
        if (salt == null || salt.length() > MAX_SALT || !SALT.matcher(salt).matches()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, SALT_FIELD,
                    "A salt is 16 to 128 characters of A-Z, a-z, 0-9, _ and -");
        }
        return salt;
    }

    public void commit(JobView job, Participant validator, String hash) {
        Instant now = now();
        Committee committee = votingCommittee(job, validator);
        CommitteeMember member = committee.member(validator.getId()).orElseThrow();
        if (committee.phaseAt(now) != CommitteePhase.COMMIT) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "The commit window of this job has closed");
        }
        if (member.committed()) {
            if (hash.equals(member.commitHash())) {
                return; // the same commit again: a retry, answered without a second effect
            }
            throw new DomainException(ErrorCode.INVALID_STATE, HASH_FIELD,
                    "You already committed for this job; a commit cannot be replaced");
        }
        if (committees.hashUsed(job.getId(), hash)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, HASH_FIELD,
                    "This hash was committed by another member: compute your own, with your id and salt");
        }
        committees.commit(job.getId(), validator.getId(), hash, now);
        outcomes.announce(job, JobPhase.VOTE_COMMITTED, now);
    }

    public void reveal(JobView job, Participant validator, boolean approve, String salt) {
        Instant now = now();
        Committee committee = votingCommittee(job, validator);
        CommitteeMember member = committee.member(validator.getId()).orElseThrow();
        if (committee.phaseAt(now) == CommitteePhase.COMMIT) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "Reveals open when the commit window closes, at "
                    + committee.commitEndsAt());
        }
        if (!now.isBefore(committee.revealEndsAt())) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "The reveal window of this job has closed");
        }
        if (!member.committed()) {
            throw new DomainException(ErrorCode.INVALID_STATE, "You did not commit a vote for this job");
        }
        String expected = CommitHash.of(GlobalId.of("Job", job.getId()), GlobalId.of("Participant", validator.getId()),
                approve, salt);
        if (member.revealed()) {
            if (member.approve() == approve && expected.equals(member.commitHash())) {
                return;
            }
            throw new DomainException(ErrorCode.INVALID_STATE, "You already revealed your vote for this job");
        }
        if (!expected.equals(member.commitHash())) {
            throw new DomainException(ErrorCode.INVALID_INPUT, SALT_FIELD,
                    "The vote and salt do not match your commit");
        }
        committees.reveal(job.getId(), validator.getId(), approve, now);
        outcomes.announce(job, JobPhase.VOTE_REVEALED, now);
        Committee after = committees.find(job.getId()).orElseThrow();
        if (after.members().stream().allMatch(CommitteeMember::revealed)) {
            tally(job, after, now);
        }
    }

    /**
     * The deadline execution: announces the reveal phase when the commit window has closed, tallies when the
     * reveal window has; returns when to run again, empty when the vote is over.
     */
    public Optional<Instant> deadline(UUID jobId) {
        Instant now = now();
        Optional<JobView> locked = outcomes.lock(jobId);
        Optional<Committee> found = committees.find(jobId);
        if (locked.isEmpty() || found.isEmpty() || locked.get().getState() != JobState.VALIDATING) {
            return Optional.empty();
        }
        JobView job = locked.get();
        Committee committee = found.get();
        if (committee.phaseAt(now) == CommitteePhase.TALLIED || committee.phaseAt(now) == CommitteePhase.NO_COMMITTEE) {
            return Optional.empty();
        }
        if (now.isBefore(committee.commitEndsAt())) {
            return Optional.of(committee.commitEndsAt());
        }
        if (now.isBefore(committee.revealEndsAt())) {
            if (committee.storedPhase() == CommitteePhase.COMMIT) {
                committees.revealPhaseStarted(jobId);
                outcomes.announce(job, JobPhase.REVEAL_PHASE_STARTED, now);
            }
            return Optional.of(committee.revealEndsAt());
        }
        tally(job, committee, now);
        return Optional.empty();
    }

    /**
     * Counts the revealed votes; excuses the members who did not reveal and whose validator role is gone (they
     * could not vote), and bans the other silent ones (from now); completes the job, or hands it to a moderator
     * without a quorum. Excused members still count in the committee's size, so they can cost the quorum but
     * never decide the outcome. Rewards and slashes wait for settlement, which knows the final outcome.
     */
    private void tally(JobView job, Committee committee, Instant now) {
        Tally tally = Tally.of(committee.members(), parameters.basisPoints(Parameter.REVEAL_QUORUM_PCT),
                parameters.basisPoints(Parameter.APPROVAL_THRESHOLD));
        committees.tallied(job.getId(), now, tally.outcome(), tally.reveals(), tally.approveWeight(),
                tally.revealedWeight());
        Instant bannedUntil = now.plus(parameters.duration(Parameter.NON_REVEAL_BAN));
        List<UUID> silent = committee.members().stream().filter(member -> !member.revealed())
                .map(CommitteeMember::validatorId).toList();
        Set<UUID> stillValidators = participants.holdersOf(Role.VALIDATOR, silent);
        for (UUID member : silent) {
            if (stillValidators.contains(member)) {
                committees.ban(member, job.getId(), bannedUntil);
            } else {
                committees.excuse(job.getId(), member, now);
            }
        }
        if (tally.outcome() == TallyOutcome.NO_QUORUM) {
            outcomes.escalate(job, EscalationReason.NO_QUORUM, now);
        } else {
            outcomes.complete(job, tally.outcome() == TallyOutcome.APPROVED, now,
                    now.plus(parameters.duration(Parameter.DISPUTE_WINDOW)));
        }
    }

    /** The committee of a job that is being voted on, of which {@code validator} is a member. */
    private Committee votingCommittee(JobView job, Participant validator) {
        Committee committee = committees.find(job.getId()).orElseThrow(() -> new DomainException(
                ErrorCode.INVALID_STATE, "This job has no committee: it is not being validated"));
        if (committee.member(validator.getId()).isEmpty()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "You are not on this job's committee");
        }
        if (job.getState() != JobState.VALIDATING || committee.storedPhase() == CommitteePhase.TALLIED
                || committee.storedPhase() == CommitteePhase.NO_COMMITTEE) {
            throw new DomainException(ErrorCode.INVALID_STATE, "Voting on this job is closed (job state "
                    + job.getState() + ")");
        }
        if (validator.isBlacklisted()) {
            throw new DomainException(ErrorCode.BLACKLISTED, "Blacklisted participants cannot vote");
        }
        return committee;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
