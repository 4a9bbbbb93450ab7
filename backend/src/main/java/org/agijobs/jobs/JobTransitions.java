package org.agijobs.jobs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;

/**
 * The job state machine as one table: for each command, the states it is allowed in and the state it leads to.
 * {@link JobCommand#CREATE} starts from no state at all, so it is allowed for no existing job.
 */
public final class JobTransitions {

    private static final Map<JobCommand, Map<JobState, JobState>> TABLE = new EnumMap<>(JobCommand.class);

    static {
        allow(JobCommand.CANCEL, JobState.CREATED, JobState.CANCELLED);
        allow(JobCommand.APPLY, JobState.CREATED, JobState.ASSIGNED);
        allow(JobCommand.SUBMIT, JobState.ASSIGNED, JobState.SUBMITTED);
        allow(JobCommand.START_VALIDATION, JobState.SUBMITTED, JobState.VALIDATING);
        allow(JobCommand.EXPIRE, JobState.ASSIGNED, JobState.EXPIRED);
        allow(JobCommand.COMPLETE_VALIDATION, JobState.VALIDATING, JobState.COMPLETED);
        allow(JobCommand.ESCALATE, JobState.VALIDATING, JobState.DISPUTED);
        allow(JobCommand.DISPUTE, JobState.COMPLETED, JobState.DISPUTED);
        allow(JobCommand.FINALIZE, JobState.COMPLETED, JobState.FINALIZED);
        allow(JobCommand.FINALIZE, JobState.DISPUTED, JobState.FINALIZED);
        for (JobState open : JobState.values()) {
            if (!open.isFinal()) {
                allow(JobCommand.CANCEL_BY_PROPOSAL, open, JobState.CANCELLED);
            }
        }
    }

    private JobTransitions() {
    }

    private static void allow(JobCommand command, JobState from, JobState to) {
        TABLE.computeIfAbsent(command, c -> new EnumMap<>(JobState.class)).put(from, to);
    }

    /** The state a brand-new job starts in. */
    public static JobState initial() {
        return JobState.CREATED;
    }

    /** The state after {@code command}, if the command is allowed in {@code from}. */
    public static Optional<JobState> target(JobState from, JobCommand command) {
        return Optional.ofNullable(TABLE.getOrDefault(command, Map.of()).get(from));
    }

    /**
     * The state after {@code command}.
     *
     * @throws DomainException {@link ErrorCode#INVALID_STATE} when the command is not allowed in {@code from}
     */
    public static JobState next(JobState from, JobCommand command) {
        return target(from, command).orElseThrow(() -> new DomainException(ErrorCode.INVALID_STATE,
                "A job in state " + from + " does not allow " + command));
    }
}
