package org.agijobs.parameters;

import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's terms: money-moving actions need the current version acknowledged (DOMAIN.md, Participants),
 * and owners bump the version through governance, after which everyone acknowledges again.
 */
@Service
public class TermsService {

    private final Parameters parameters;
    private final ParticipantService participants;

    TermsService(Parameters parameters, ParticipantService participants) {
        this.parameters = parameters;
        this.participants = participants;
    }

    @Transactional(readOnly = true)
    public int currentVersion() {
        return Math.toIntExact(parameters.integer(Parameter.TERMS_VERSION));
    }

    /**
     * The one rule for every action that puts the participant's money at stake (DOMAIN.md, Participants):
     * refused to the blacklisted ({@code BLACKLISTED}) and to whoever has not acknowledged the current terms
     * ({@code POLICY_NOT_ACKNOWLEDGED}). {@code action} completes the refusal, e.g. "deposit stake".
     */
    public void requireMayMoveMoney(Participant participant, String action) {
        if (participant.isBlacklisted()) {
            throw new DomainException(ErrorCode.BLACKLISTED, "Blacklisted participants cannot " + action);
        }
        int current = currentVersion();
        if (participant.getPolicyVersionAcknowledged() < current) {
            throw new DomainException(ErrorCode.POLICY_NOT_ACKNOWLEDGED,
                    "Acknowledge the terms (version " + current + ") before you " + action);
        }
    }

    /**
     * Acknowledges {@code version}, which must be the current one: accepting terms one has not been shown (a
     * future or past version) would make the acknowledgement meaningless.
     */
    @Transactional
    public Participant acknowledge(Caller caller, int version) {
        Authorization.requireSomeRole(caller);
        int current = currentVersion();
        if (version != current) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.version",
                    "The current terms version is " + current + ", not " + version);
        }
        return participants.acknowledgePolicy(caller, version);
    }
}
