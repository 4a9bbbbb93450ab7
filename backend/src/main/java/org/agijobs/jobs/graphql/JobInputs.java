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
import org.agijobs.platform.input.InputRules;

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

        /** Another type's id matches nothing, rather than being ignored; text that is no id is refused. */
        JobFilter toFilter() {
            return new JobFilter(state, filterId(employer, "filter.employer"), filterId(agent, "filter.agent"), skill,
                    createdFrom, createdTo);
        }

        private static UUID filterId(String id, String field) {
            if (id == null) {
                return null;
            }
            return GlobalId.argument(id, PARTICIPANT_TYPE, field).orElse(new UUID(0, 0));
        }
    }

    static UUID jobId(String id) {
        return GlobalId.decode(id == null ? "" : id).filter(g -> JOB_TYPE.equals(g.type())).map(GlobalId::id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "input.jobId",
                        "Not a job id: " + InputRules.quoted(id)));
    }

    private static UUID optionalId(String id, String type, String field) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return GlobalId.decode(id).filter(g -> type.equals(g.type())).map(GlobalId::id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, field,
                        "Not a " + type + " id: " + InputRules.quoted(id)));
    }

    /** A budget is spelled like an amount (a plain decimal) and fits the same columns; none when absent. */
    static BigDecimal budget(String text, String field) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return InputRules.plainDecimal(text, field, Money.INTEGER_DIGITS, Money.SCALE);
    }
}
