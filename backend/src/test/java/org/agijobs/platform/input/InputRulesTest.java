package org.agijobs.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void textIsStrippedBlankIsAbsentAndLongIsRefused() {
        assertThat(InputRules.optionalText("  a title ", "input.title", 10)).isEqualTo("a title");
        assertThat(InputRules.optionalText(" \t ", "input.title", 10)).isNull();
        assertThat(InputRules.optionalText(null, "input.title", 10)).isNull();
        assertRefused(() -> InputRules.optionalText("x".repeat(11), "input.title", 10), "input.title");
        assertRefused(() -> InputRules.requiredText("  ", "input.title", 10), "input.title");
        assertRefused(() -> InputRules.requiredText("x".repeat(1_000_000), "input.title", 10), "input.title");
    }

    @Test
    void aHashIsAcceptedInEitherCaseAndReturnedInLowerCase() {
        assertThat(InputRules.requiredSha256(HASH.toUpperCase(), "input.hash")).isEqualTo(HASH);
        assertThat(InputRules.requiredSha256(" " + HASH + " ", "input.hash")).isEqualTo(HASH);
        assertThat(InputRules.optionalSha256("", "input.hash")).isNull();
        assertThat(InputRules.sha256Of("test")).isEqualTo(HASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g", ""})
    void aHashIsSixtyFourHexDigits(String text) {
        assertRefused(() -> InputRules.requiredSha256(text, "input.hash"), "input.hash");
    }

    @Test
    void aUriIsAbsoluteBoundedAndOfAnAllowedScheme() {
        assertThat(InputRules.requiredUri(" ipfs://bafy/result.pdf ", "input.uri")).isEqualTo("ipfs://bafy/result.pdf");
        assertThat(InputRules.optionalUri(null, "input.uri")).isNull();
        assertRefused(() -> InputRules.requiredUri("/relative/path", "input.uri"), "input.uri");
        assertRefused(() -> InputRules.requiredUri("https://a b", "input.uri"), "input.uri");
        assertRefused(() -> InputRules.requiredUri("https://example.org/" + "a".repeat(InputRules.MAX_URI),
                "input.uri"), "input.uri");
        assertThat(InputRules.optionalUri("HTTPS://example.org", "input.uri", Set.of("https")))
                .isEqualTo("HTTPS://example.org");
        assertRefused(() -> InputRules.optionalUri("ftp://example.org", "input.uri", Set.of("https")), "input.uri");
    }

    @Test
    void skillsAreLowerCaseTagsWithoutDuplicatesInTheirOrder() {
        assertThat(InputRules.skills(List.of(" Python", "c#", "python", "ml.ops"), "input.skills"))
                .containsExactly("python", "c#", "ml.ops");
        assertRefused(() -> InputRules.skills(List.of("-dash"), "input.skills"), "input.skills");
        assertRefused(() -> InputRules.skills(List.of("two words"), "input.skills"), "input.skills");
        assertRefused(() -> InputRules.skills(List.of("x".repeat(65)), "input.skills"), "input.skills");
        assertRefused(() -> InputRules.skills(Collections.singletonList(null), "input.skills"), "input.skills");
        assertRefused(() -> InputRules.skills(java.util.stream.IntStream.range(0, 21).mapToObj(i -> "s" + i)
                .toList(), "input.skills"), "input.skills");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "12.50", "99999999999999999999.999999999999999999", "1.000000000000000000"})
    void aPlainDecimalIsAccepted(String text) {
        assertThat(InputRules.plainDecimal(text, "input.amount", 20, 18).toPlainString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "+1", "01", "1.", ".5", "1e2", "1 ", "1.0000000000000000000",
            "100000000000000000000", "1,5", "NaN", "\u0661"})
    void everyOtherSpellingOfADecimalIsRefused(String text) {
        assertRefused(() -> InputRules.plainDecimal(text, "input.amount", 20, 18), "input.amount");
    }

    @Test
    void aRefusalQuotesAtMostAShortPieceOfTheInput() {
        String huge = "1".repeat(50) + "e999999999";

        assertThatThrownBy(() -> InputRules.plainDecimal(huge, "input.amount", 20, 18))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .contains("'" + "1".repeat(InputRules.MAX_QUOTED) + "…'").doesNotContain("e999"));
        assertThat(InputRules.quoted("short")).isEqualTo("'short'");
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).hasSizeLessThan(300);
        });
    }
}
