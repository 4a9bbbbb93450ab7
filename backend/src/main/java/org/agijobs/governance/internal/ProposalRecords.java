package org.agijobs.governance.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agijobs.governance.ProposalAction;
import org.agijobs.governance.ProposalActionKind;
import org.agijobs.governance.ProposalApproval;
import org.agijobs.governance.ProposalHistoryEntry;
import org.agijobs.governance.ProposalStep;
import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.NewJob;
import org.agijobs.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A proposal's actions, approvals and history rows, written in the command's transaction and read in batches. */
@Component
public class ProposalRecords {

    private final JdbcClient jdbc;

    ProposalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveActions(UUID proposal, List<ProposalAction> actions) {
        for (ProposalAction action : actions) {
            NewJob draft = action.draft();
            jdbc.sql("""
                    insert into proposal_action (proposal_id, position, kind, parameter, value, subject, name,
                        participant_id, amount, destination, note, job_id, title, description, spec_uri, spec_hash,
                        deadline, required_skills, agent_types_allowed, energy_budget, compute_budget)
                    values (:proposal, :position, :kind, :parameter, :value, :subject, :name, :participant, :amount,
                        :destination, :note, :job, :title, :description, :specUri, :specHash, :deadline,
                        :skills, :agentTypes, :energy, :compute)
                    """).param("proposal", proposal).param("position", action.position())
                    .param("kind", action.kind().name()).param("parameter", action.parameter())
                    .param("value", action.value()).param("subject", action.subject()).param("name", action.name())
                    .param("participant", action.participantId())
                    .param("amount", action.amount() == null ? null : action.amount().value())
                    .param("destination", action.destination())
                    .param("note", action.note())
                    .param("job", action.jobId())
                    .param("title", draft == null ? null : draft.title())
                    .param("description", draft == null ? null : draft.description())
                    .param("specUri", draft == null ? null : draft.specUri())
                    .param("specHash", draft == null ? null : draft.specHash())
                    .param("deadline", draft == null ? null : Timestamp.from(draft.deadline()))
                    .param("skills", draft == null ? null : draft.requiredSkills().toArray(String[]::new))
                    .param("agentTypes", draft == null ? null : draft.agentTypesAllowed().name())
                    .param("energy", draft == null ? null : draft.energyBudget())
                    .param("compute", draft == null ? null : draft.computeBudget())
                    .update();
        }
    }

    /** Each proposal's actions in position order. */
    public Map<UUID, List<ProposalAction>> actionsOf(Collection<UUID> proposals) {
        if (proposals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select proposal_id, position, kind, parameter, value, subject, name, participant_id, amount, destination,
                    note, job_id, title, description, spec_uri, spec_hash, deadline, required_skills,
                    agent_types_allowed, energy_budget, compute_budget
                from proposal_action where proposal_id in (:ids) order by proposal_id, position
                """).param("ids", Set.copyOf(proposals))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), action(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Records the job a SPAWN_JOB action posted, in the execution's transaction. */
    void spawned(UUID proposal, int position, UUID job) {
        jdbc.sql("update proposal_action set job_id = :job where proposal_id = :proposal and position = :position")
                .param("job", job).param("proposal", proposal).param("position", position).update();
    }

    /** Records the approval; false when this member approved the proposal before. */
    boolean approve(UUID proposal, String subject, String name, Instant at) {
        return jdbc.sql("""
                insert into proposal_approval (proposal_id, member_subject, member_name, approved_at)
                values (:proposal, :subject, :name, :at) on conflict do nothing
                """).param("proposal", proposal).param("subject", subject).param("name", name)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** How many of the proposal's approvals were given by members on the council now. */
    int countingApprovals(UUID proposal) {
        return jdbc.sql("""
                select count(*) from proposal_approval a join council_member m on m.subject = a.member_subject
                where a.proposal_id = :proposal
                """).param("proposal", proposal).query(Integer.class).single();
    }

    /** Each proposal's approvals, oldest first, each marked with whether its member is still on the council. */
    public Map<UUID, List<ProposalApproval>> approvalsOf(Collection<UUID> proposals) {
        if (proposals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select a.proposal_id, a.member_subject, a.member_name, a.approved_at, m.subject is not null
                from proposal_approval a left join council_member m on m.subject = a.member_subject
                where a.proposal_id in (:ids) order by a.approved_at, a.member_subject
                """).param("ids", Set.copyOf(proposals))
                .query((rs, row) -> new ProposalApproval(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5))).list().stream()
                .collect(Collectors.groupingBy(ProposalApproval::proposalId, LinkedHashMap::new, Collectors.toList()));
    }

    void record(UUID proposal, ProposalStep step, String actorSubject, String actorName, Instant at,
            @Nullable String detail) {
        jdbc.sql("""
                insert into proposal_history (proposal_id, step, actor_subject, actor_name, at, detail)
                values (:proposal, :step, :subject, :name, :at, :detail)
                """).param("proposal", proposal).param("step", step.name()).param("subject", actorSubject)
                .param("name", actorName).param("at", Timestamp.from(at))
                .param("detail", detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .update();
    }

    /** Each proposal's history, in the order the steps happened. */
    public Map<UUID, List<ProposalHistoryEntry>> historyOf(Collection<UUID> proposals) {
        if (proposals.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select proposal_id, step, actor_subject, actor_name, at, detail from proposal_history
                where proposal_id in (:ids) order by id
                """).param("ids", Set.copyOf(proposals))
                .query((rs, row) -> new ProposalHistoryEntry(rs.getObject(1, UUID.class),
                        ProposalStep.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6))).list().stream()
                .collect(Collectors.groupingBy(ProposalHistoryEntry::proposalId, LinkedHashMap::new, Collectors.toList()));
    }

    private static ProposalAction action(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(9);
        ProposalActionKind kind = ProposalActionKind.valueOf(rs.getString(3));
        UUID participant = rs.getObject(8, UUID.class);
        Money money = amount == null ? null : new Money(amount);
        NewJob draft = null;
        if (kind == ProposalActionKind.SPAWN_JOB) {
            // The draft's reward is the amount column and its preferred agent the participant column.
            Array skills = rs.getArray("required_skills");
            String types = rs.getString("agent_types_allowed");
            draft = new NewJob(rs.getString("title"), rs.getString("description"), rs.getString("spec_uri"),
                    rs.getString("spec_hash"), money, rs.getTimestamp("deadline").toInstant(),
                    skills == null ? List.of() : List.of((String[]) skills.getArray()),
                    types == null ? null : AgentTypesAllowed.valueOf(types), participant, null,
                    rs.getBigDecimal("energy_budget"), rs.getBigDecimal("compute_budget"));
        }
        return new ProposalAction(rs.getInt(2), kind, rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), participant, money, rs.getString(10), rs.getString(11),
                rs.getObject("job_id", UUID.class), draft);
    }
}
