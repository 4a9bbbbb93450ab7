package org.agijobs.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountdownTest {

    private static final Instant ETA = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "{0} before the eta: {1}")
    @CsvSource({
            "PT0S, due now",
            "-PT5S, due now",
            "PT0.001S, in 1 s",
            "PT1S, in 1 s",
            "PT59.5S, in 1 min 00 s",
            "PT59S, in 59 s",
            "PT1M, in 1 min 00 s",
            "PT2M5S, in 2 min 05 s",
            "PT1H, in 1 h 00 min 00 s",
            "PT23H59M59S, in 23 h 59 min 59 s",
            "P2DT3H, in 51 h 00 min 00 s"})
    void showsWhatIsLeftRoundedUpToTheSecond(String left, String shown) {
        Instant now = ETA.minus(java.time.Duration.parse(left));

        assertThat(Countdown.until(ETA, now)).isEqualTo(shown);
    }
}
