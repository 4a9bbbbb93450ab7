package org.agijobs.participants.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.agijobs.participants.AgentType;
import org.agijobs.participants.Participant;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    /** The profile with its skills in one statement (the skills are eager: otherwise a second select loads them). */
    @Query("select p from Participant p left join fetch p.skills where p.subject = :subject")
    Optional<Participant> findBySubject(String subject);

    /**
     * One profile with its skills. Unlike {@link #findAllWithSkills}, whose in-list Hibernate translates to SQL again
     * on every call, this statement's translation is cached: most batches (a mutation's payload) hold one id.
     */
    @Query("select p from Participant p left join fetch p.skills where p.id = :id")
    Optional<Participant> findWithSkills(UUID id);

    /** Several profiles with their skills in one statement (the skills are eager: fetch them in the same join). */
    @Query("select distinct p from Participant p left join fetch p.skills where p.id in :ids")
    List<Participant> findAllWithSkills(Collection<UUID> ids);

    @Query("select p.id from Participant p where p.blacklisted = true order by p.handle")
    List<UUID> findBlacklistedIds(Limit limit);

    @Query("""
            select p.id from Participant p
            where p.blacklisted = false and p.agentType in :types
            order by p.createdAt, p.id
            """)
    List<UUID> findWorkerIds(Collection<AgentType> types, Limit limit);

    @Query("""
            select p.id from Participant p
            where p.blacklisted = false and p.agentType in :types
              and (select count(distinct s) from Participant q join q.skills s where q = p and s in :skills) = :skillCount
            order by p.createdAt, p.id
            """)
    List<UUID> findWorkerIdsWithSkills(Collection<AgentType> types, Collection<String> skills, long skillCount,
                                       Limit limit);
}
