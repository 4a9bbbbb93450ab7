package org.agijobs.disputes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.disputes.internal.DisputeStore;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.parameters.TermsService;
import org.agijobs.jobs.JobView;
import org.agijobs.jobs.JobOutcomes;
import org.agijobs.jobs.JobPhaseChanged.JobPhase;
import org.agijobs.jobs.JobState;
import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.mutation.IdempotentMutations;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.settlement.SettlementService;
import org.agijobs.validation.ValidationService;
import org.springframework.stereotype.Service;

/**
 * The dispute module's API. Every mutation locks the job's row first, so a dispute, the end of the challenge
 * window and a ruling on one job run one after the other: a job disputed in time is never settled by the window's
 * end, and a ruling settles it exactly once.
 */
@Service
public class DisputeService {

    static final String JOB_FIELD = "input.jobId";
    static final String REASON_FIELD = "input.reason";
    static final String HASH_FIELD = "input.evidenceHash";
    static final String URI_FIELD = "input.evidenceUri";
    static final String NOTE_FIELD = "input.note";
    static final int MAX_TEXT = 2000;

    private final DisputeStore disputes;
    private final JobOutcomes outcomes;
    private final ValidationService validation;
    private final SettlementService settlement;
    private final ParticipantService participants;
    private final Ledger ledger;
    private final Parameters parameters;
    private final TermsService terms;
    private final IdempotentMutations mutations;
    private final Clock clock;

    DisputeService(DisputeStore disputes, JobOutcomes outcomes, ValidationService validation,
            SettlementService settlement, ParticipantService participants, Ledger ledger, Parameters parameters,
            TermsService terms, IdempotentMutations mutations, Clock clock) {
        this.disputes = disputes;
        this.outcomes = outcomes;
        this.validation = validation;
        this.settlement = settlement;
        this.participants = participants;
        this.ledger = ledger;
        this.parameters = parameters;
        this.terms = terms;
        this.mutations = mutations;
        this.clock = clock;
    }

    /** Evidence as a client gives it: a document's SHA-256, where it is, and an optional note. */
    public record EvidenceInput(String hash, String uri, String note) {
    }

    private record RaiseRequest(UUID jobId, String reason, EvidenceInput evidence) {
    }

    private record EvidenceRequest(UUID jobId, EvidenceInput evidence) {
    }

    private record ResolveRequest(UUID jobId, Ruling ruling, String reason) {
    }

    private record JobRef(UUID jobId) {
    }

    /**
     * The job's employer or agent challenges the tally within the challenge window, with a reason and evidence;
     * {@code disputeFee} moves from its wallet into the job's dispute bond until the ruling.
     */
    public Dispute raise(Caller caller, UUID jobId, String reason, EvidenceInput evidence, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.EMPLOYER, Role.AGENT);
        String checkedReason = InputRules.requiredText(reason, REASON_FIELD, MAX_TEXT);
        EvidenceInput checked = evidence(evidence);
        mutations.run(caller, idempotencyKey, new RaiseRequest(jobId, checkedReason, checked), JobRef.class, () -> {
            JobView job = outcomes.lockExisting(jobId, JOB_FIELD);
            Participant raiser = participants.profileOf(caller);
            EvidenceRole role = partyRole(job, raiser).orElseThrow(() -> new DomainException(ErrorCode.FORBIDDEN,
                    "Only the job's employer or agent may dispute it"));
            terms.requireMayMoveMoney(raiser, "dispute a job");
            if (job.getState() != JobState.COMPLETED) {
                throw new DomainException(ErrorCode.INVALID_STATE, JOB_FIELD,
                        "Only a COMPLETED job can be disputed (this one is " + job.getState() + ")");
            }
            Instant now = now();
            Money fee = parameters.money(Parameter.DISPUTE_FEE);
            outcomes.dispute(job, raiser.getId(), now);
            if (fee.isPositive()) {
                ledger.transfer(AccountRef.wallet(raiser.getId()), bond(jobId), fee, LedgerReason.DISPUTE_FEE, jobId.toString());
            }
            disputes.open(jobId, DisputeKind.RAISED, raiser.getId(), checkedReason, fee, now);
            disputes.addEvidence(new Evidence(UUID.randomUUID(), jobId, raiser.getId(), role, checked.hash(),
                    checked.uri(), checked.note(), now));
            return new JobRef(jobId);
        });
        return disputes.find(jobId).orElseThrow();
    }

    /** A party or a committee member adds evidence to an open dispute. */
    public Dispute addEvidence(Caller caller, UUID jobId, EvidenceInput evidence, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR);
        EvidenceInput checked = evidence(evidence);
        mutations.run(caller, idempotencyKey, new EvidenceRequest(jobId, checked), JobRef.class, () -> {
            JobView job = outcomes.lockExisting(jobId, JOB_FIELD);
            Participant author = participants.profileOf(caller);
            EvidenceRole role = partyRole(job, author).or(() -> validation.committeeOf(jobId)
                            .flatMap(committee -> committee.member(author.getId()))
                            .map(member -> EvidenceRole.VALIDATOR))
                    .orElseThrow(() -> new DomainException(ErrorCode.FORBIDDEN,
                            "Only the job's parties and committee members may add evidence"));
            requireOpen(jobId);
            Instant now = now();
            disputes.addEvidence(new Evidence(UUID.randomUUID(), jobId, author.getId(), role, checked.hash(),
                    checked.uri(), checked.note(), now));
            outcomes.announce(job, JobPhase.EVIDENCE_ADDED, now);
            return new JobRef(jobId);
        });
        return disputes.find(jobId).orElseThrow();
    }

    /**
     * A moderator rules with a written reason; an owner may rule on a dispute open longer than
     * {@code disputeReviewPeriod}. The dispute fee goes to the winner; then the job settles on the ruling's side.
     */
    public Dispute resolve(Caller caller, UUID jobId, Ruling ruling, String reason, String idempotencyKey) {
        Authorization.requireAnyOf(caller, Role.MODERATOR, Role.OWNER);
        if (ruling == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.ruling", "A ruling is required");
        }
        String checkedReason = InputRules.requiredText(reason, REASON_FIELD, MAX_TEXT);
        mutations.run(caller, idempotencyKey, new ResolveRequest(jobId, ruling, checkedReason), JobRef.class, () -> {
            JobView job = outcomes.lockExisting(jobId, JOB_FIELD);
            Participant judge = participants.profileOf(caller);
            Dispute dispute = requireOpen(jobId);
            Instant now = now();
            String resolvedAs = capacity(caller, dispute, now);
            if (partyRole(job, judge).isPresent() || validation.committeeOf(jobId)
                    .flatMap(committee -> committee.member(judge.getId())).isPresent()) {
                throw new DomainException(ErrorCode.FORBIDDEN, "Nobody may rule on a job they are part of");
            }
            if (dispute.fee().isPositive()) {
                UUID winner = ruling == Ruling.AGENT_WINS ? job.getAgentId() : job.getEmployerId();
                ledger.transfer(bond(jobId), AccountRef.payee(winner), dispute.fee(), LedgerReason.DISPUTE_FEE_AWARD,
                        jobId.toString());
            }
            disputes.resolve(jobId, ruling, judge.getId(), resolvedAs, checkedReason, now);
            settlement.settleByRuling(job, ruling == Ruling.AGENT_WINS);
            return new JobRef(jobId);
        });
        return disputes.find(jobId).orElseThrow();
    }

    public Optional<Dispute> dispute(Caller caller, UUID jobId) {
        Authorization.requireSomeRole(caller);
        return disputes.find(jobId);
    }

    /** Disputes by job id, for batch loading. */
    public Map<UUID, Dispute> disputes(Collection<UUID> jobIds) {
        return disputes.findAll(jobIds);
    }

    /** Open disputes, oldest first (at most {@code limit}): the queue moderators and owners work from. */
    public List<Dispute> openDisputes(Caller caller, int limit) {
        Authorization.requireAnyOf(caller, Role.MODERATOR, Role.OWNER);
        List<UUID> open = disputes.openJobIds(Math.max(1, Math.min(limit, 100)));
        Map<UUID, Dispute> found = disputes.findAll(open);
        return open.stream().map(found::get).toList();
    }

    /** MODERATOR if the caller is one; else OWNER, allowed only once the dispute is stale. */
    private String capacity(Caller caller, Dispute dispute, Instant now) {
        if (caller.has(Role.MODERATOR)) {
            return "MODERATOR";
        }
        Instant stale = dispute.openedAt().plus(parameters.duration(Parameter.DISPUTE_REVIEW_PERIOD));
        if (now.isBefore(stale)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Owners may resolve a dispute only once it has been open "
                    + "for the dispute review period, from " + stale);
        }
        return "OWNER";
    }

    private Dispute requireOpen(UUID jobId) {
        Dispute dispute = disputes.find(jobId).orElseThrow(() -> new DomainException(ErrorCode.INVALID_STATE,
                JOB_FIELD, "This job has no dispute"));
        if (!dispute.isOpen()) {
            throw new DomainException(ErrorCode.INVALID_STATE, JOB_FIELD, dispute.cancelledAt() != null
                    ? "This job's dispute ended when the job was cancelled" : "This job's dispute is resolved");
        }
        return dispute;
    }

    private static Optional<EvidenceRole> partyRole(JobView job, Participant participant) {
        if (participant.getId().equals(job.getEmployerId())) {
            return Optional.of(EvidenceRole.EMPLOYER);
        }
        if (participant.getId().equals(job.getAgentId())) {
            return Optional.of(EvidenceRole.AGENT);
        }
        return Optional.empty();
    }

    private static AccountRef bond(UUID jobId) {
        return new AccountRef(AccountKind.DISPUTE_BOND, jobId);
    }

    private static EvidenceInput evidence(EvidenceInput evidence) {
        if (evidence == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, HASH_FIELD, "Evidence needs the SHA-256 of its document");
        }
        return new EvidenceInput(InputRules.requiredSha256(evidence.hash(), HASH_FIELD),
                InputRules.requiredUri(evidence.uri(), URI_FIELD),
                InputRules.optionalText(evidence.note(), NOTE_FIELD, MAX_TEXT));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
