package org.agijobs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorsTest {

    @Test
    void workWithoutACallerIsThePlatformsAndScheduledWorkTheSchedulers() {
        assertThat(Actors.current()).isEqualTo(Actors.PLATFORM);
        assertThat(Actors.runAs(Actors.SCHEDULER, Actors::current)).isEqualTo(Actors.SCHEDULER);
        assertThat(Actors.current()).isEqualTo(Actors.PLATFORM);
    }
}
