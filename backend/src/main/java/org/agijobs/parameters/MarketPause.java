package org.agijobs.parameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.agijobs.parameters.internal.StoredPause;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.agijobs.platform.scheduling.ScheduledWorkHold;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market's pause switch (DOMAIN.md, Governance). A guardian or an owner pauses at once, at INTAKE or FULL, and
 * may raise INTAKE to FULL (an emergency must never wait); lowering FULL to INTAKE and resuming both go through an
 * approved governance proposal, which calls {@link #resume}. A FULL pause holds every scheduled deadline
 * ({@link ScheduledWorkHold}), and its resume extends every window still open when FULL began by the time the
 * market stood still ({@link PausedWindows}).
 */
@Service
public class MarketPause implements ScheduledWorkHold {

    public static final int MAX_REASON = 1000;
    static final String LEVEL_FIELD = "input.level";
    static final String REASON_FIELD = "input.reason";

    private final StoredPause stored;
    private final List<PausedWindows> windows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketPause(StoredPause stored, List<PausedWindows> windows, ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.windows = windows;
        this.events = events;
        this.clock = clock;
    }

    /** The pause in force, for anyone with a role. */
    @Transactional(readOnly = true)
    public PauseState state(Caller caller) {
        Authorization.requireSomeRole(caller);
        return stored.current();
    }

    /** The pause in force, for the platform's own checks. */
    public PauseState state() {
        return stored.current();
    }

    /**
     * Pauses the market at {@code level} now. Owners and guardians.
     *
     * @throws DomainException {@code FORBIDDEN} for other roles; {@code INVALID_INPUT} for level NONE or a blank
     *         or overlong reason; {@code INVALID_STATE} when that level is already in force, or when FULL is in
     *         force and INTAKE is asked (only a resume proposal lowers a pause)
     */
    @Transactional
    public PauseState pause(Caller caller, PauseLevel level, String reason) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.GUARDIAN);
        if (level == PauseLevel.NONE) {
            throw new DomainException(ErrorCode.INVALID_INPUT, LEVEL_FIELD,
                    "Pause at INTAKE or FULL; resuming needs an approved governance proposal");
        }
        String why = InputRules.requiredText(reason, REASON_FIELD, MAX_REASON);
        PauseState current = stored.lock();
        if (current.level() == level) {
            throw new DomainException(ErrorCode.INVALID_STATE, LEVEL_FIELD,
                    "The market is already paused at " + level + " since " + current.since());
        }
        if (current.level() == PauseLevel.FULL) {
            throw new DomainException(ErrorCode.INVALID_STATE, LEVEL_FIELD,
                    "The market is paused FULL; lowering the pause needs an approved resume proposal");
        }
        Instant now = now();
        PauseState next = new PauseState(level, why, caller.subject(), nameOf(caller), now,
                level == PauseLevel.FULL ? now : null);
        return change(current, next, why, null);
    }

    /**
     * Resumes the market, to be called by governance when a resume proposal executes, in that transaction: the
     * proposal's approval is the authority, so this checks no role. After a FULL pause, every window still open
     * when FULL began is extended by the time FULL lasted, before anything scheduled runs again.
     *
     * @param proposal the executed proposal's reference (recorded in the history)
     * @param executor who executed the proposal (an owner, or the scheduler)
     * @throws DomainException {@code INVALID_STATE} when the market is not paused
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public PauseState resume(String proposal, Caller executor) {
        PauseState current = stored.lock();
        if (!current.paused()) {
            throw new DomainException(ErrorCode.INVALID_STATE, "The market is not paused");
        }
        Instant now = now();
        if (current.fullSince() != null) {
            Duration paused = Duration.between(current.fullSince(), now);
            windows.forEach(owner -> owner.extend(current.fullSince(), paused));
        }
        PauseState next = new PauseState(PauseLevel.NONE, null, executor.subject(), nameOf(executor), now, null);
        return change(current, next, "Resumed by proposal " + proposal, proposal);
    }

    /**
     * Why {@code mutation} is refused now, if the pause in force refuses it (see {@link PausedMutations}): a
     * {@code PAUSED} refusal naming the level and the reason.
     */
    public Optional<DomainException> refusal(String mutation) {
        PauseState current = stored.current();
        if (!PausedMutations.refuses(current.level(), mutation)) {
            return Optional.empty();
        }
        return Optional.of(new DomainException(ErrorCode.PAUSED, "The market is paused (" + current.level()
                + ") since " + current.since() + ": " + current.reason() + ". " + mutation
                + " is refused until it resumes."));
    }

    /** Scheduled work waits while the market is paused FULL. */
    @Override
    public boolean holding() {
        return stored.current().level() == PauseLevel.FULL;
    }

    /** In the database's precision, so the pause's length is exactly the difference of its stored instants. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String nameOf(Caller caller) {
        if (caller.displayName() != null && !caller.displayName().isBlank()) {
            return caller.displayName();
        }
        return caller.preferredUsername() != null ? caller.preferredUsername() : caller.subject();
    }

    private PauseState change(PauseState current, PauseState next, String reason, String proposal) {
        stored.write(next);
        stored.record(next.level(), current.level(), reason, next.bySubject(), next.byName(), proposal, next.since());
        events.publishEvent(new PauseChanged(next, current.level(), proposal, next.since()));
        return next;
    }
}
