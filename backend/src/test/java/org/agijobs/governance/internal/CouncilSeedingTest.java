package org.agijobs.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agijobs.governance.CouncilMember;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.parameters.internal.StoredParameters;
import org.agijobs.support.ApiTest;
import org.jspecify.annotations.Nullable;
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

    @Test
    void configuredInitialParametersAreSeededWithTheCouncilAsNoProposalsChangeAndOnlyOnce() {
        CouncilSeeding withWindows = seedingWith(null, windows("PT2M", "PT3M"));
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThat(withWindows.seedIfEmpty()).isTrue();
            assertThat(parameters.duration(Parameter.COMMIT_WINDOW)).isEqualTo(Duration.ofMinutes(2));
            assertThat(parameters.duration(Parameter.DISPUTE_WINDOW)).isEqualTo(Duration.ofMinutes(3));
            assertThat(registry.lastChanges()).doesNotContainKeys(Parameter.COMMIT_WINDOW, Parameter.DISPUTE_WINDOW);
            stored.seed(Parameter.COMMIT_WINDOW, "PT1H", clock.instant());

            assertThat(withWindows.seedIfEmpty()).isFalse();
            assertThat(parameters.duration(Parameter.COMMIT_WINDOW)).isEqualTo(Duration.ofHours(1));
            status.setRollbackOnly();
        });
    }

    @Test
    void anInitialParameterOutOfBoundsFailsTheSeedingNamingTheSettingAndSeedsNothing() {
        CouncilSeeding outOfBounds = seedingWith(null, windows("PT2M", "PT1S"));
        String commitBefore = stored.text(Parameter.COMMIT_WINDOW);
        int membersBefore = council.members().size();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThatThrownBy(outOfBounds::seedIfEmpty)
                    .hasMessageContaining("agijobs.governance.initial-parameters.DISPUTE_WINDOW")
                    .hasMessageContaining("DISPUTE_WINDOW must be between");
            status.setRollbackOnly();
        });
        assertThat(stored.text(Parameter.COMMIT_WINDOW)).isEqualTo(commitBefore);
        assertThat(council.members()).hasSize(membersBefore);
    }

    @Test
    void anInitialCouncilThresholdIsTheOneTheCouncilsSizeIsCheckedAgainst() {
        Map<Parameter, String> threshold = Map.of(Parameter.COUNCIL_THRESHOLD, "3");
        CouncilSeeding tooFewOwners = seedingWith(null, threshold);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThatThrownBy(tooFewOwners::seedIfEmpty).hasMessageContaining("fewer than the council threshold 3");
            status.setRollbackOnly();
        });
    }

    /** An ordered map, so the valid commit window is seeded before the dispute window is checked. */
    private static Map<Parameter, String> windows(String commitWindow, String disputeWindow) {
        Map<Parameter, String> windows = new LinkedHashMap<>();
        windows.put(Parameter.COMMIT_WINDOW, commitWindow);
        windows.put(Parameter.DISPUTE_WINDOW, disputeWindow);
        return windows;
    }

    private CouncilSeeding seedingWith(Duration initialTimelockDelay) {
        return seedingWith(initialTimelockDelay, Map.of());
    }

    private CouncilSeeding seedingWith(@Nullable Duration initialTimelockDelay, Map<Parameter, String> initialParameters) {
        GovernanceProperties properties = new GovernanceProperties(List.of(
                new GovernanceProperties.InitialMember("a0000000-0000-4000-8000-000000000001", "olivia.owner"),
                new GovernanceProperties.InitialMember("a0000000-0000-4000-8000-000000000002", "oscar.owner")),
                initialTimelockDelay, initialParameters);
        return new CouncilSeeding(properties, council, parameters, registry, transactionManager, clock);
    }
}
