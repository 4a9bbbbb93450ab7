package org.agijobs.portal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every open page gets each beat; a page that is closing is dropped without costing the others theirs. */
class HeartbeatsTest {

    private final Heartbeats heartbeats = new Heartbeats(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
            ZoneOffset.UTC));

    @AfterEach
    void stop() {
        heartbeats.stop();
    }

    @Test
    void eachOpenPageGetsTheBeatAndAClosingOneIsDropped() {
        RecordingPage first = new RecordingPage(false);
        RecordingPage closing = new RecordingPage(true);
        RecordingPage last = new RecordingPage(false);
        List.of(first, closing, last).forEach(heartbeats::add);

        heartbeats.beat();

        assertThat(first.beats).containsExactly("2026-12-07T10:00:00Z");
        assertThat(last.beats).containsExactly("2026-12-07T10:00:00Z");
        assertThat(heartbeats.open()).isEqualTo(2);
        heartbeats.remove(first);
        heartbeats.beat();
        assertThat(first.beats).hasSize(1);
        assertThat(last.beats).hasSize(2);
    }

    private final class RecordingPage extends LiveStatus {
        private final boolean closing;
        final List<String> beats = new ArrayList<>();

        RecordingPage(boolean closing) {
            super(heartbeats);
            this.closing = closing;
        }

        @Override
        void beat(String at) {
            if (closing) {
                throw new IllegalStateException("closing");
            }
            beats.add(at);
        }
    }
}
