package org.agijobs.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.participants.internal.ProfileRegistrarAccess;
import org.junit.jupiter.api.Test;

class HandleDerivationTest {

    @Test
    void keepsLowerCaseLettersDigitsDotsDashesAndUnderscores() {
        assertThat(ProfileRegistrarAccess.handleFrom("Ada.Agent_01-x")).isEqualTo("ada.agent_01-x");
        assertThat(ProfileRegistrarAccess.handleFrom("ad a@agent!")).isEqualTo("adaagent");
    }

    @Test
    void fallsBackWhenNothingUsableIsLeft() {
        assertThat(ProfileRegistrarAccess.handleFrom(null)).isEqualTo("participant");
        assertThat(ProfileRegistrarAccess.handleFrom("@@@")).isEqualTo("participant");
    }

    @Test
    void suffixesStayWithinTheMaximumLength() {
        String longName = "a".repeat(80);
        String base = ProfileRegistrarAccess.handleFrom(longName);
        assertThat(base).hasSize(64);
        assertThat(ProfileRegistrarAccess.withSuffix(base, 12)).hasSize(64).endsWith("-12");
    }
}
