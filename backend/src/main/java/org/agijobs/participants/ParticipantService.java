package org.agijobs.participants;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.agijobs.participants.internal.ParticipantRepository;
import org.agijobs.participants.internal.ProfileRegistrar;
import org.agijobs.participants.internal.SeenRoles;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants module's API: profiles of the people and services that use the platform. */
@Service
public class ParticipantService {

    /** A blacklist is short; the cap only keeps one answer bounded. */
    static final int BLACKLIST_LIMIT = 1000;

    private final ParticipantRepository participants;
    private final ProfileRegistrar registrar;
    private final SeenRoles seenRoles;

    ParticipantService(ParticipantRepository participants, ProfileRegistrar registrar, SeenRoles seenRoles) {
        this.participants = participants;
        this.registrar = registrar;
        this.seenRoles = seenRoles;
    }

    /** The caller's own profile, created the first time the caller is seen. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Participant profileOf(Caller caller) {
        return participants.findBySubject(caller.subject()).orElseGet(() -> {
            registrar.registerIfAbsent(caller);
            return participants.findBySubject(caller.subject()).orElseThrow();
        });
    }

    /** Changes the caller's own profile; a bad field is refused with a typed error and nothing changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Participant updateProfile(Caller caller, ProfileChange change) {
        Authorization.requireSomeRole(caller);
        Participant participant = profileOf(caller);
        participant.update(change.validated());
        return participant;
    }

    /**
     * Records the caller's acceptance of terms version {@code version}. Which version is current is governance's
     * business; this module only keeps the highest version each participant accepted.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Participant acknowledgePolicy(Caller caller, int version) {
        Participant participant = profileOf(caller);
        participant.acknowledgePolicy(version);
        return participant;
    }

    /**
     * Sets or clears the participant's blacklisted flag (DOMAIN.md: owners blacklist through governance); empty for
     * an unknown id. Only executed governance proposals call this, on whichever thread runs them (the scheduler's
     * has no security context), so it has no method security: governance checked the council's approvals.
     */
    @Transactional
    public Optional<Participant> setBlacklisted(UUID id, boolean blacklisted) {
        Optional<Participant> participant = participants.findById(id);
        participant.ifPresent(found -> found.blacklist(blacklisted));
        return participant;
    }

    /** Every blacklisted participant, by handle, up to {@value #BLACKLIST_LIMIT}. Owners and moderators. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Participant> blacklist(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.MODERATOR);
        return findAllById(participants.findBlacklistedIds(Limit.of(BLACKLIST_LIMIT))).stream()
                .sorted(Comparator.comparing(Participant::getHandle)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Participant> findById(UUID id) {
        return participants.findById(id);
    }

    /**
     * Several profiles by id, in one statement: for GraphQL batch loading. Unknown ids are left out. No method
     * security here: batch loaders may run outside the request's security context, and every query that
     * reaches them has checked its caller already.
     */
    @Transactional(readOnly = true)
    public List<Participant> findAllById(Collection<UUID> ids) {
        Set<UUID> distinct = Set.copyOf(ids);
        if (distinct.size() == 1) {
            return participants.findWithSkills(distinct.iterator().next()).map(List::of).orElse(List.of());
        }
        return distinct.isEmpty() ? List.of() : participants.findAllWithSkills(distinct);
    }

    /** {@link #findAllById} keyed by id, for batch loaders. */
    @Transactional(readOnly = true)
    public Map<UUID, Participant> byIds(Collection<UUID> ids) {
        return findAllById(ids).stream().collect(Collectors.toMap(Participant::getId, Function.identity()));
    }

    /**
     * Of {@code ids}, those not blacklisted whose newest token seen carried {@code role}: for work that runs
     * without the participant's token, such as a committee draw. A role revoked in Keycloak is seen with the
     * participant's next request; until then the recorded roles are the last ones seen.
     */
    @Transactional(readOnly = true)
    public Set<UUID> activeHoldersOf(Role role, Collection<UUID> ids) {
        return seenRoles.holding(role, ids, false);
    }

    /** Of {@code ids}, those whose newest token seen carried {@code role}, blacklisted or not. */
    @Transactional(readOnly = true)
    public Set<UUID> holdersOf(Role role, Collection<UUID> ids) {
        return seenRoles.holding(role, ids, true);
    }

    /**
     * Up to {@code limit} participants, oldest first, that are not blacklisted, of one of {@code types}, and
     * have every skill of {@code skills}: the people and AI agents who could work on a job needing them.
     */
    @Transactional(readOnly = true)
    public List<Participant> findWorkers(Set<AgentType> types, Set<String> skills, int limit) {
        List<UUID> ids = skills.isEmpty()
                ? participants.findWorkerIds(types, Limit.of(limit))
                : participants.findWorkerIdsWithSkills(types, skills, skills.size(), Limit.of(limit));
        return findAllById(ids);
    }
}
