package org.agijobs.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.NewJob;
import org.agijobs.jobs.Submission;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class JobInputRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Money MAX_REWARD = Money.of(1_000_000);
    private static final Duration MAX_DURATION = Duration.ofDays(30);
    private static final String HASH = "ab".repeat(32);

    @Test
    void hashesADescriptionSpecAndNormalizesSkills() {
        var checked = check(d -> d);

        assertThat(checked.specHash()).isEqualTo(JobInputRules.sha256Hex("Translate the manual."));
        assertThat(checked.job().requiredSkills()).containsExactly("french", "translation");
        assertThat(checked.job().title()).isEqualTo("Translate");
    }

    @Test
    void acceptsASpecAtAUriWithItsHash() {
        var checked = check(d -> with(d, null, "https://specs.example/1.pdf", HASH.toUpperCase()));

        assertThat(checked.specHash()).isEqualTo(HASH);
    }

    @Test
    void refusesAJobWithoutASpecOrAUriWithoutAHash() {
        refused(d -> with(d, " ", null, null), ErrorCode.INVALID_INPUT, "input.description");
        refused(d -> with(d, null, "https://specs.example/1.pdf", null), ErrorCode.INVALID_INPUT, "input.specHash");
        refused(d -> with(d, "text", null, HASH), ErrorCode.INVALID_INPUT, "input.specHash");
        refused(d -> with(d, null, "not a uri", HASH), ErrorCode.INVALID_INPUT, "input.specUri");
        refused(d -> with(d, null, "https://x.example/", "12345"), ErrorCode.INVALID_INPUT, "input.specHash");
    }

    @Test
    void refusesTooLongStrings() {
        refused(d -> new NewJob("t".repeat(201), d.description(), null, null, d.reward(), d.deadline(), List.of(),
                AgentTypesAllowed.ANY, null, null, null, null), ErrorCode.INVALID_INPUT, "input.title");
        refused(d -> with(d, "d".repeat(20_001), null, null), ErrorCode.INVALID_INPUT, "input.description");
        refused(d -> new NewJob("t", "d", null, null, d.reward(), d.deadline(), List.of("s".repeat(65)),
                AgentTypesAllowed.ANY, null, null, null, null), ErrorCode.INVALID_INPUT, "input.requiredSkills");
    }

    @Test
    void refusesRewardsOutOfRange() {
        refused(d -> withReward(d, Money.ZERO), ErrorCode.INVALID_INPUT, "input.reward");
        refused(d -> withReward(d, Money.of(1_000_001)), ErrorCode.INVALID_INPUT, "input.reward");
        assertThat(check(d -> withReward(d, MAX_REWARD)).job().reward()).isEqualTo(MAX_REWARD);
    }

    @Test
    void refusesDeadlinesInThePastOrBeyondTheMaximumDuration() {
        refused(d -> withDeadline(d, NOW), ErrorCode.INVALID_DEADLINE, "input.deadline");
        refused(d -> withDeadline(d, NOW.plus(MAX_DURATION).plusSeconds(1)), ErrorCode.INVALID_DEADLINE,
                "input.deadline");
        assertThat(check(d -> withDeadline(d, NOW.plus(MAX_DURATION))).job().deadline())
                .isEqualTo(NOW.plus(MAX_DURATION));
    }

    @Test
    void refusesNegativeOrOverPreciseBudgets() {
        refused(d -> withBudget(d, new BigDecimal("-1")), ErrorCode.INVALID_INPUT, "input.energyBudget");
        refused(d -> withBudget(d, new BigDecimal("0.0000000000000000001")), ErrorCode.INVALID_INPUT,
                "input.energyBudget");
    }

    @Test
    void checksASubmission() {
        assertThat(JobInputRules.checkSubmission(new Submission(HASH.toUpperCase(), "ipfs://cid", " done ")))
                .isEqualTo(new Submission(HASH, "ipfs://cid", "done"));
        assertThatThrownBy(() -> JobInputRules.checkSubmission(new Submission("zz", "ipfs://cid", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("input.resultHash"));
        assertThatThrownBy(() -> JobInputRules.checkSubmission(new Submission(HASH, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("input.resultUri"));
    }

    private static JobInputRules.Checked check(UnaryOperator<NewJob> change) {
        return JobInputRules.checkNewJob(change.apply(valid()), NOW, MAX_REWARD, MAX_DURATION);
    }

    private static void refused(UnaryOperator<NewJob> change, ErrorCode code, String field) {
        assertThatThrownBy(() -> check(change)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static NewJob valid() {
        return new NewJob(" Translate ", "Translate the manual.", null, null, Money.of(100), NOW.plusSeconds(3600),
                List.of("Translation", "french", "french"), AgentTypesAllowed.ANY, null, null, null, null);
    }

    private static NewJob with(NewJob d, String description, String uri, String hash) {
        return new NewJob(d.title(), description, uri, hash, d.reward(), d.deadline(), d.requiredSkills(),
                d.agentTypesAllowed(), null, null, null, null);
    }

    private static NewJob withReward(NewJob d, Money reward) {
        return new NewJob(d.title(), d.description(), null, null, reward, d.deadline(), d.requiredSkills(),
                d.agentTypesAllowed(), null, null, null, null);
    }

    private static NewJob withDeadline(NewJob d, Instant deadline) {
        return new NewJob(d.title(), d.description(), null, null, d.reward(), deadline, d.requiredSkills(),
                d.agentTypesAllowed(), null, null, null, null);
    }

    private static NewJob withBudget(NewJob d, BigDecimal budget) {
        return new NewJob(d.title(), d.description(), null, null, d.reward(), d.deadline(), d.requiredSkills(),
                d.agentTypesAllowed(), null, null, budget, null);
    }
}
