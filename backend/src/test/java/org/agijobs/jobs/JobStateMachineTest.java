package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.agijobs.jobs.internal.Job;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(2));
    private static final Duration GRACE = Duration.ofDays(1);
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID AGENT = UUID.randomUUID();
    private static final Money STAKE = Money.of(1);
    private static final Submission RESULT = new Submission("a".repeat(64), "https://results.example/1", null);

    static Stream<Arguments> everyStateAndCommand() {
        return Stream.of(JobState.values())
                .flatMap(state -> Stream.of(JobCommand.values()).map(command -> Arguments.of(state, command)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndCommand")
    void allowsExactlyTheCommandsOfTheTransitionTable(JobState state, JobCommand command) {
        Job job = jobIn(state);
        var allowed = JobTransitions.target(state, command);

        if (allowed.isPresent()) {
            run(job, command);
            assertThat(job.getState()).isEqualTo(allowed.get());
        } else {
            assertThatThrownBy(() -> run(job, command))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
            assertThat(job.getState()).isEqualTo(state);
        }
    }

    @Test
    void aNewJobStartsCreatedAndNoCommandLeavesAFinalState() {
        assertThat(newJob().getState()).isEqualTo(JobState.CREATED);
        for (JobState state : JobState.values()) {
            if (state.isFinal()) {
                assertThat(Stream.of(JobCommand.values()).map(c -> JobTransitions.target(state, c)))
                        .as(state.name()).allMatch(Optional::isEmpty);
            }
        }
    }

    @Test
    void onlyTheAssignedAgentSubmitsAndOnlyBeforeTheDeadline() {
        Job job = jobIn(JobState.ASSIGNED);

        assertThatThrownBy(() -> job.submit(UUID.randomUUID(), RESULT, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> job.submit(AGENT, RESULT, DEADLINE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DEADLINE));
        assertThat(job.getState()).isEqualTo(JobState.ASSIGNED);

        job.submit(AGENT, RESULT, DEADLINE.minusNanos(1000));
        assertThat(job.hasSubmitted(AGENT, RESULT)).isTrue();
    }

    @Test
    void isAssignedOnlyBeforeTheDeadline() {
        Job job = jobIn(JobState.CREATED);

        assertThatThrownBy(() -> job.assign(AGENT, STAKE, GRACE, DEADLINE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DEADLINE));
        assertThat(job.getState()).isEqualTo(JobState.CREATED);
        assertThat(job.getAgentId()).isNull();
    }

    @Test
    void expiresOnlyOnceTheGracePeriodAfterTheDeadlineHasPassed() {
        Job job = jobIn(JobState.ASSIGNED);

        assertThat(job.getExpiresAt()).isEqualTo(DEADLINE.plus(GRACE));
        assertThatThrownBy(() -> job.expire(DEADLINE.plus(GRACE).minusNanos(1000)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));

        job.expire(DEADLINE.plus(GRACE));
        assertThat(job.getState()).isEqualTo(JobState.EXPIRED);
        assertThat(job.getExpiredAt()).isEqualTo(DEADLINE.plus(GRACE));
    }

    /** Runs the aggregate's guard method for {@code command} with arguments that satisfy its own rule. */
    private static void run(Job job, JobCommand command) {
        switch (command) {
            case CREATE -> JobTransitions.next(job.getState(), JobCommand.CREATE);
            case CANCEL -> job.cancel("no longer needed", NOW);
            case APPLY -> job.assign(AGENT, STAKE, GRACE, NOW);
            case SUBMIT -> job.submit(AGENT, RESULT, NOW);
            case START_VALIDATION -> job.startValidation();
            case EXPIRE -> job.expire(DEADLINE.plus(GRACE));
            case COMPLETE_VALIDATION -> job.completeValidation(true, NOW, NOW.plusSeconds(86_400));
            case ESCALATE -> job.escalate(EscalationReason.NO_QUORUM, NOW);
            case DISPUTE -> job.dispute(NOW);
            case FINALIZE -> job.finalizeSettlement(true, NOW);
            case CANCEL_BY_PROPOSAL -> job.cancelByProposal("cancelled by the council", NOW);
        }
    }

    /** A job brought to {@code state} along the real transitions. */
    static Job jobIn(JobState state) {
        Job job = newJob();
        switch (state) {
            case CREATED -> { }
            case CANCELLED -> job.cancel("no longer needed", NOW);
            case ASSIGNED -> job.assign(AGENT, STAKE, GRACE, NOW);
            case EXPIRED -> {
                job.assign(AGENT, STAKE, GRACE, NOW);
                job.expire(DEADLINE.plus(GRACE));
            }
            case SUBMITTED -> {
                job.assign(AGENT, STAKE, GRACE, NOW);
                job.submit(AGENT, RESULT, NOW);
            }
            case VALIDATING -> toValidating(job);
            case COMPLETED -> {
                toValidating(job);
                job.completeValidation(true, NOW, NOW.plusSeconds(86_400));
            }
            case DISPUTED -> {
                toValidating(job);
                job.escalate(EscalationReason.NO_QUORUM, NOW);
            }
            case FINALIZED -> {
                toValidating(job);
                job.completeValidation(true, NOW, NOW.plusSeconds(86_400));
                job.finalizeSettlement(true, NOW);
            }
        }
        assertThat(job.getState()).isEqualTo(state);
        return job;
    }

    private static void toValidating(Job job) {
        job.assign(AGENT, STAKE, GRACE, NOW);
        job.submit(AGENT, RESULT, NOW);
        job.startValidation();
    }

    private static Job newJob() {
        NewJob draft = new NewJob("Translate a manual", "Translate the attached manual to French.", null, null,
                Money.of(1000), DEADLINE, List.of("translation"), AgentTypesAllowed.ANY, null, null, null, null);
        return Job.post(UUID.randomUUID(), EMPLOYER, draft, "b".repeat(64), Money.of(50), 500, 800, Money.ZERO, NOW);
    }
}
