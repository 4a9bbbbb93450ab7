package org.agijobs.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTargetTest {

    @Test
    void anActionsFieldNamesItsRowAndThePathInsideIt() {
        assertThat(ErrorTarget.of("input.actions[0].setParameter.value"))
                .isEqualTo(new ErrorTarget(0, "setParameter.value"));
        assertThat(ErrorTarget.of("input.actions[12].withdrawTreasury.amount"))
                .isEqualTo(new ErrorTarget(12, "withdrawTreasury.amount"));
        assertThat(ErrorTarget.of("input.actions[1]")).isEqualTo(new ErrorTarget(1, ""));
    }

    @Test
    void aFormFieldHasNoRow() {
        assertThat(ErrorTarget.of("input.reason")).isEqualTo(new ErrorTarget(-1, "reason"));
        assertThat(ErrorTarget.of("input.actions")).isEqualTo(new ErrorTarget(-1, "actions"));
    }

    @Test
    void noFieldOrAForeignOneHasNoPlaceInTheForm() {
        assertThat(ErrorTarget.of(null)).isNull();
        assertThat(ErrorTarget.of("idempotencyKey")).isNull();
    }
}
