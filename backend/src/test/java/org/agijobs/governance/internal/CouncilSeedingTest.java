package org.agijobs.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.agijobs.governance.CouncilMember;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.parameters.internal.StoredParameters;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The council starts as the realm's owners that the configuration lists, and only an empty council is seeded. */
@ApiTest
class CouncilSeedingTest {

    @Autowired
    CouncilSeeding seeding;
    @Autowired
    CouncilStore council;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Parameters parameters;
    @Autowired
    StoredParameters stored;
    @Autowired
    ParameterRegistry registry;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void anEmptyCouncilIsSeededWithTheRealmsOwnersAndAFullOneIsLeftAlone() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThat(seeding.seedIfEmpty()).isTrue();
            assertThat(council.members()).extracting(CouncilMember::username)
                    .containsExactlyInAnyOrder("olivia.owner", "oscar.owner", "otto.owner");
            assertThat(council.members()).extracting(CouncilMember::subject)
                    .contains("a0000000-0000-4000-8000-000000000001");
            assertThat(council.members()).allSatisfy(member -> assertThat(member.addedByProposal()).isNull());
            assertThat(seeding.seedIfEmpty()).isFalse();
            status.setRollbackOnly();
        });
    }

    @Test
    void aConfiguredInitialTimelockDelayIsSeededWithTheCouncilAsNoProposalsChangeAndOnlyOnce() {
        CouncilSeeding withDelay = seedingWith(Duration.ofMinutes(2));
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThat(withDelay.seedIfEmpty()).isTrue();
            assertThat(parameters.duration(Parameter.TIMELOCK_DELAY)).isEqualTo(Duration.ofMinutes(2));
            assertThat(registry.lastChanges()).doesNotContainKey(Parameter.TIMELOCK_DELAY);
            stored.seed(Parameter.TIMELOCK_DELAY, "PT24H", clock.instant());

            assertThat(withDelay.seedIfEmpty()).isFalse();
            assertThat(parameters.duration(Parameter.TIMELOCK_DELAY)).isEqualTo(Duration.ofHours(24));
            status.setRollbackOnly();
        });
    }

    @Test
    void anInitialTimelockDelayBelowTheFloorFailsTheSeedingAndSeedsNothing() {
        CouncilSeeding belowFloor = seedingWith(Duration.ofSeconds(1));
        Duration delayBefore = parameters.duration(Parameter.TIMELOCK_DELAY);
        int membersBefore = council.members().size();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThatThrownBy(belowFloor::seedIfEmpty).hasMessageContaining("TIMELOCK_DELAY must be between");
            status.setRollbackOnly();
        });
        assertThat(parameters.duration(Parameter.TIMELOCK_DELAY)).isEqualTo(delayBefore);
        assertThat(council.members()).hasSize(membersBefore);
    }

    private CouncilSeeding seedingWith(Duration initialTimelockDelay) {
        GovernanceProperties properties = new GovernanceProperties(List.of(
                new GovernanceProperties.InitialMember("a0000000-0000-4000-8000-000000000001", "olivia.owner"),
                new GovernanceProperties.InitialMember("a0000000-0000-4000-8000-000000000002", "oscar.owner")),
                initialTimelockDelay);
        return new CouncilSeeding(properties, council, parameters, registry, transactionManager, clock);
    }
}
