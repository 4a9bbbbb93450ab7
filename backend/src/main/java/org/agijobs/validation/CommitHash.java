package org.agijobs.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
