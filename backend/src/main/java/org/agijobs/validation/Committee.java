package org.agijobs.validation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * A job's committee with its draw (seed and candidates, so anyone can re-run {@link CommitteeDraw}), windows,
 * members and, once tallied, the tally.
 */
public record Committee(UUID jobId, String seed, int sizeWanted, Instant drawnAt, Instant commitEndsAt,
        Instant revealEndsAt, CommitteePhase storedPhase, Instant talliedAt, TallyOutcome outcome, Integer reveals,
        Money approveWeight, Money revealedWeight, List<CommitteeMember> members,
        List<CommitteeDraw.Candidate> candidates) {

    /** The phase at {@code now}: the windows decide between COMMIT and REVEAL until the tally closes the vote. */
    public CommitteePhase phaseAt(Instant now) {
        if (storedPhase == CommitteePhase.TALLIED || storedPhase == CommitteePhase.NO_COMMITTEE
                || storedPhase == CommitteePhase.CANCELLED) {
            return storedPhase;
        }
        return now.isBefore(commitEndsAt) ? CommitteePhase.COMMIT : CommitteePhase.REVEAL;
    }

    public Optional<CommitteeMember> member(UUID validatorId) {
        return members.stream().filter(member -> member.validatorId().equals(validatorId)).findFirst();
    }
}
