package org.agijobs.platform.input;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The rules every module applies to a client's text, URIs, hashes, skill tags and decimals. Each refusal is an
 * {@link ErrorCode#INVALID_INPUT} naming the caller's input field. Every rule bounds the length of the text before
 * it parses, matches or echoes anything, so a long input costs no more than a short one.
 *
 * <p>SHA-256 hex is accepted in either case and returned in lower case: it is the same number, and the stored
 * form is the one {@link #sha256Of} computes, so comparisons are plain string equality.
 */
public final class InputRules {

    public static final int MAX_URI = 2048;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_SKILL = 64;
    /** The longest piece of a client's text that a refusal message quotes. */
    static final int MAX_QUOTED = 40;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9._+#-]*");
    /** A plain decimal: no sign, no exponent, no leading zeros but a lone "0", digits on both sides of the point. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private InputRules() {
    }

    /** The text stripped, or null when absent or blank; longer than {@code max} is refused. */
    public static @Nullable String optionalText(@Nullable String text, String field, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw invalid(field, "At most " + max + " characters");
        }
        return value;
    }

    /** The text stripped; absent, blank or longer than {@code max} is refused. */
    public static String requiredText(@Nullable String text, String field, int max) {
        String value = optionalText(text, field, max);
        if (value == null) {
            throw invalid(field, "This field is required");
        }
        return value;
    }

    /** An absolute URI of at most {@link #MAX_URI} characters, stripped; null when absent or blank. */
    public static @Nullable String optionalUri(@Nullable String text, String field) {
        String value = optionalText(text, field, MAX_URI);
        return value == null ? null : absolute(value, field, Set.of());
    }

    /** As {@link #optionalUri}, but required. */
    public static String requiredUri(@Nullable String text, String field) {
        return absolute(requiredText(text, field, MAX_URI), field, Set.of());
    }

    /** An absolute URI with one of {@code schemes} (lower case), stripped; null when absent or blank. */
    public static @Nullable String optionalUri(@Nullable String text, String field, Set<String> schemes) {
        String value = optionalText(text, field, MAX_URI);
        return value == null ? null : absolute(value, field, schemes);
    }

    /** A SHA-256 as 64 hex digits in either case, returned in lower case; null when absent or blank. */
    public static @Nullable String optionalSha256(@Nullable String text, String field) {
        String value = optionalText(text, field, 64);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(lower).matches()) {
            throw invalid(field, "A SHA-256 hash is 64 hexadecimal digits");
        }
        return lower;
    }

    /** As {@link #optionalSha256}, but required. */
    public static String requiredSha256(@Nullable String text, String field) {
        String value = optionalSha256(text, field);
        if (value == null) {
            throw invalid(field, "A SHA-256 hash (64 hexadecimal digits) is required");
        }
        return value;
    }

    /** The SHA-256 of a text's UTF-8 bytes in lower-case hex, as anyone can recompute it. */
    public static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    /**
     * Skill tags, stripped and in lower case, in the given order without duplicates: at most {@link #MAX_SKILLS}
     * tags of 1 to {@link #MAX_SKILL} letters, digits or {@code . _ + # -}, starting with a letter or digit.
     */
    public static Set<String> skills(List<String> skills, String field) {
        if (skills.size() > MAX_SKILLS * 10) {
            throw invalid(field, "At most " + MAX_SKILLS + " skills");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String skill : skills) {
            String tag = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty() || tag.length() > MAX_SKILL || !SKILL.matcher(tag).matches()) {
                throw invalid(field, "A skill is 1 to " + MAX_SKILL
                        + " letters, digits or . _ + # -, starting with a letter or digit: " + quoted(skill));
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_SKILLS) {
            throw invalid(field, "At most " + MAX_SKILLS + " skills");
        }
        return tags;
    }

    /**
     * A decimal written the one way the API accepts: digits, optionally a point and more digits; no sign, exponent,
     * whitespace or leading zeros (but a lone {@code 0}), at most {@code maxIntegerDigits} before the point and
     * {@code maxFractionDigits} after it. The length is checked before anything parses the text, so no input makes
     * the server expand an exponent or a million digits.
     */
    public static BigDecimal plainDecimal(@Nullable String text, String field, int maxIntegerDigits,
            int maxFractionDigits) {
        if (text == null || text.isEmpty()) {
            throw invalid(field, "An amount is required, written as a decimal such as 12.5");
        }
        if (text.length() > maxIntegerDigits + 1 + maxFractionDigits || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw invalid(field, "Not a plain decimal such as 12.5 (no sign, exponent, spaces or leading zeros, at most "
                    + maxIntegerDigits + " digits before the point and " + maxFractionDigits + " after it): "
                    + quoted(text));
        }
        int point = text.indexOf('.');
        int integerDigits = point < 0 ? text.length() : point;
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        if (fractionDigits > maxFractionDigits) {
            throw invalid(field, "At most " + maxFractionDigits + " decimals are allowed");
        }
        if (integerDigits > maxIntegerDigits) {
            throw invalid(field, "At most " + maxIntegerDigits + " digits before the decimal point");
        }
        return new BigDecimal(text);
    }

    /** A client's text for a refusal message: quoted, and cut short so that a long input is not echoed whole. */
    public static String quoted(@Nullable String text) {
        if (text == null) {
            return "nothing";
        }
        return "'" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text) + "'";
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.INVALID_INPUT, field, message);
    }

    private static String absolute(String value, String field, Set<String> schemes) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && !scheme.isBlank() && (schemes.isEmpty() || schemes.contains(scheme))) {
                return value;
            }
        } catch (URISyntaxException malformed) {
            // refused below, with the field named
        }
        throw invalid(field, schemes.isEmpty()
                ? "An absolute URI of at most " + MAX_URI + " characters is required"
                : "An absolute " + String.join(", ", schemes.stream().sorted().toList()) + " URI of at most "
                        + MAX_URI + " characters is required");
    }
}
