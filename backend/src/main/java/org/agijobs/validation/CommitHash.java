package org.agijobs.validation;

import org.agijobs.platform.input.InputRules;

/**
 * The commit of a vote (DOMAIN.md, Validation): {@code SHA-256(jobId | validatorId | approve | salt)} as lowercase
 * hex, where the four parts are joined by a single {@code |} into one UTF-8 string: the job's and the validator's
 * global ids as the API shows them, {@code true} or {@code false}, and the salt exactly as it will be revealed.
 * Binding the validator's id into the hash is what makes a copied commit useless to anyone else.
 */
public final class CommitHash {

    private CommitHash() {
    }

    public static String of(String jobGlobalId, String validatorGlobalId, boolean approve, String salt) {
        return sha256Hex(jobGlobalId + "|" + validatorGlobalId + "|" + approve + "|" + salt);
    }

    static String sha256Hex(String text) {
        return InputRules.sha256Of(text);
    }
}
