package org.agijobs.jobs.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.JobFilter;
import org.agijobs.jobs.JobState;
import org.agijobs.jobs.NewJob;
import org.agijobs.jobs.Submission;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.graphql.GlobalId;

/**
 * The inputs of jobs.graphqls as the client sent them (amounts and budgets as text), and their conversion:
 * a malformed id, amount or budget becomes a {@link DomainException} naming the input field.
 */
final class JobInputs {

    static final String JOB_TYPE = "Job";
    static final String PARTICIPANT_TYPE = "Participant";

    private JobInputs() {
    }

    record CreateJobInput(String title, String description, String specUri, String specHash, String reward,
                          Instant deadline, List<String> requiredSkills, AgentTypesAllowed agentTypesAllowed,
                          String preferredAgent, String parent, String energyBudget, String computeBudget,
                          String idempotencyKey) {

        NewJob toNewJob() {
            return new NewJob(title, description, specUri, specHash, Money.parsePositive(reward, "input.reward"),
                    deadline, requiredSkills, agentTypesAllowed, optionalId(preferredAgent, PARTICIPANT_TYPE,
                    "input.preferredAgent"), optionalId(parent, JOB_TYPE, "input.parent"),
                    budget(energyBudget, "input.energyBudget"), budget(computeBudget, "input.computeBudget"));
        }
    }

    record CancelJobInput(String jobId, String reason, String idempotencyKey) {
    }

    record ApplyForJobInput(String jobId, String idempotencyKey) {
    }

    record SubmitResultInput(String jobId, String resultHash, String resultUri, String resultText,
                             String idempotencyKey) {

        Submission toSubmission() {
            return new Submission(resultHash, resultUri, resultText);
        }
    }

    record JobFilterInput(JobState state, String employer, String agent, String skill, Instant createdFrom,
                          Instant createdTo) {

        /** An id that is not a participant's matches nothing, rather than being ignored. */
        JobFilter toFilter() {
            return new JobFilter(state, filterId(employer), filterId(agent), skill, createdFrom, createdTo);
        }

        private static UUID filterId(String id) {
            if (id == null) {
                return null;
            }
            return GlobalId.decode(id).filter(g -> PARTICIPANT_TYPE.equals(g.type())).map(GlobalId::id)
                    .orElse(new UUID(0, 0));
        }
    }

    static UUID jobId(String id) {
        return GlobalId.decode(id == null ? "" : id).filter(g -> JOB_TYPE.equals(g.type())).map(GlobalId::id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "input.jobId", "Not a job id: " + id));
    }

    private static UUID optionalId(String id, String type, String field) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return GlobalId.decode(id).filter(g -> type.equals(g.type())).map(GlobalId::id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field, "Not a " + type + " id: " + id));
    }

    private static BigDecimal budget(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field, "Not a decimal number: '" + text + "'");
        }
    }
}
