package org.agijobs.jobs.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.agijobs.jobs.NewJob;
import org.agijobs.jobs.Submission;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;

/**
 * The creation and submission rules that need no database: lengths, formats, the spec, the reward's range and
 * the deadline's window, on top of {@link InputRules}. Each refusal names the input field at fault. Returns inputs normalized (trimmed text,
 * lower-case hashes and skills, sorted and without duplicates) so that equal requests are stored equally.
 */
public final class JobInputRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_RESULT_TEXT = 20_000;
    public static final int MAX_REASON = 500;

    /** Budgets share the money columns' shape: numeric(38,18). */
    private static final BigDecimal MAX_BUDGET = Money.MAX;

    private JobInputRules() {
    }

    /** The draft, normalized, with its spec hash (computed from the text when the spec is not at a URI). */
    public static Checked checkNewJob(NewJob draft, Instant now, Money maxReward, Duration maxDuration) {
        String title = InputRules.requiredText(draft.title(), "input.title", MAX_TITLE);
        String description = InputRules.optionalText(draft.description(), "input.description", MAX_DESCRIPTION);
        String specUri = InputRules.optionalUri(draft.specUri(), "input.specUri");
        String givenHash = InputRules.optionalSha256(draft.specHash(), "input.specHash");
        String specHash = specHash(description, specUri, givenHash);
        checkReward(draft.reward(), maxReward, "input.reward");
        checkDeadline(draft.deadline(), now, maxDuration);
        List<String> skills = skills(draft.requiredSkills());
        checkBudget(draft.energyBudget(), "input.energyBudget");
        checkBudget(draft.computeBudget(), "input.computeBudget");
        NewJob normalized = new NewJob(title, description, specUri, specHash, draft.reward(), draft.deadline(),
                skills, draft.agentTypesAllowed(), draft.preferredAgentId(), draft.parentId(),
                draft.energyBudget(), draft.computeBudget());
        return new Checked(normalized, specHash);
    }

    /** The submission, normalized: the hash in lower case, the URI absolute, the text within its limit. */
    public static Submission checkSubmission(Submission submission) {
        String hash = InputRules.optionalSha256(submission.resultHash(), "input.resultHash");
        if (hash == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.resultHash", "The result hash is required");
        }
        String uri = InputRules.optionalUri(submission.resultUri(), "input.resultUri");
        if (uri == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.resultUri", "The result URI is required");
        }
        return new Submission(hash, uri,
                InputRules.optionalText(submission.resultText(), "input.resultText", MAX_RESULT_TEXT));
    }

    /** A cancellation or delist reason: optional for the employer, required for an owner. */
    public static String reason(String reason, boolean required) {
        return required ? InputRules.requiredText(reason, "input.reason", MAX_REASON)
                : InputRules.optionalText(reason, "input.reason", MAX_REASON);
    }

    /** The SHA-256 of a text in lower-case hex, as anyone can recompute it. */
    public static String sha256Hex(String text) {
        return InputRules.sha256Of(text);
    }

    private static String specHash(String description, String specUri, String givenHash) {
        if (specUri != null) {
            if (givenHash == null) {
                throw new DomainException(ErrorCode.INVALID_INPUT, "input.specHash",
                        "A spec at a URI needs the SHA-256 of the document there");
            }
            return givenHash;
        }
        if (description == null) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.description",
                    "The spec is required: a description, or a spec URI with its hash");
        }
        String computed = sha256Hex(description);
        if (givenHash != null && !givenHash.equals(computed)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.specHash",
                    "The spec hash is not the SHA-256 of the description");
        }
        return computed;
    }

    /** The reward's range, as posting and the fee preview both judge it; {@code field} names the input at fault. */
    public static void checkReward(Money reward, Money maxReward, String field) {
        if (reward == null || !reward.isPositive()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field, "The reward must be greater than 0");
        }
        if (reward.isGreaterThan(maxReward)) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field, "The reward may be at most " + maxReward);
        }
    }

    private static void checkDeadline(Instant deadline, Instant now, Duration maxDuration) {
        if (deadline == null || !deadline.isAfter(now)) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "input.deadline", "The deadline must be in the future");
        }
        if (deadline.isAfter(now.plus(maxDuration))) {
            throw new DomainException(ErrorCode.INVALID_DEADLINE, "input.deadline",
                    "The deadline may be at most " + maxDuration + " from now");
        }
    }

    private static List<String> skills(List<String> skills) {
        return List.copyOf(new TreeSet<>(InputRules.skills(skills, "input.requiredSkills")));
    }

    /** A budget, when present, is a non-negative amount of units that fits the money columns. */
    public static void checkBudget(BigDecimal budget, String field) {
        if (budget == null) {
            return;
        }
        if (budget.signum() < 0 || budget.stripTrailingZeros().scale() > Money.SCALE || budget.compareTo(MAX_BUDGET) > 0) {
            throw new DomainException(ErrorCode.INVALID_INPUT, field,
                    "A budget is a non-negative amount with at most " + Money.SCALE + " decimals");
        }
    }

    /** A draft that passed the rules, and the spec hash to store. */
    public record Checked(NewJob job, String specHash) {
    }
}
