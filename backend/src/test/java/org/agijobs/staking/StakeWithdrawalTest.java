package org.agijobs.staking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClock;
import org.agijobs.support.Participant;
import org.agijobs.support.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

@ApiTest
class StakeWithdrawalTest {

    private static final String REQUEST = "requestStakeWithdrawal";
    private static final String FINALIZE = "finalizeStakeWithdrawal";
    private static final Duration UNBONDING = Duration.ofDays(7);

    @Autowired
    StakingFixture fixture;

    @Autowired
    StakeService staking;

    @Autowired
    MutableClock clock;

    StakingApi api;

    @BeforeEach
    void api() {
        api = fixture.api();
    }

    @Test
    void aRequestMovesFreeStakeToUnbondingForTheUnbondingPeriod() {
        Participant agent = stakedAgent("unbonding.agent", "300");

        var response = api.requestWithdrawal(agent.token(), "AGENT", "100.5", null);

        assertThat(StakingApi.errors(response, REQUEST)).isEmpty();
        Map<String, Object> withdrawal = StakingApi.result(response, REQUEST, "withdrawal");
        assertThat(withdrawal).containsEntry("role", "AGENT").containsEntry("requestedAmount", "100.5")
                .containsEntry("amount", "100.5").containsEntry("state", "REQUESTED").containsEntry("finalizedAt", null);
        assertThat(Duration.between(instant(withdrawal, "requestedAt"), instant(withdrawal, "availableAt")))
                .isEqualTo(UNBONDING);
        Map<String, Object> stake = api.stake(agent.token(), "AGENT");
        assertThat(stake).containsEntry("free", "199.5").containsEntry("unbonding", "100.5");
        assertThat((List<?>) stake.get("pendingWithdrawals")).singleElement().isEqualTo(withdrawal);
    }

    @Test
    void finalizeIsRefusedBeforeTheUnbondingPeriodEndsAndPaysOnceAfter() {
        Participant agent = stakedAgent("patient.agent", "300");
        String id = withdrawalId(api.requestWithdrawal(agent.token(), "AGENT", "200", null));

        clock.advance(UNBONDING.minusSeconds(5));
        var early = api.finalizeWithdrawal(agent.token(), id, null);
        clock.advance(Duration.ofSeconds(5));
        var finalized = api.finalizeWithdrawal(agent.token(), id, null);
        var again = api.finalizeWithdrawal(agent.token(), id, null);

        assertThat(StakingApi.errors(early, FINALIZE)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("INVALID_STATE");
            assertThat(error.field()).isEqualTo("input.withdrawalId");
        });
        assertThat(StakingApi.errors(finalized, FINALIZE)).isEmpty();
        assertThat(StakingApi.result(finalized, FINALIZE, "withdrawal")).containsEntry("state", "FINALIZED")
                .containsEntry("amount", "200");
        assertThat(StakingApi.codes(again, FINALIZE)).containsExactly("INVALID_STATE");
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(200));
        assertThat(api.stake(agent.token(), "AGENT")).containsEntry("free", "100").containsEntry("unbonding", "0")
                .containsEntry("pendingWithdrawals", List.of());
    }

    @Test
    void aReplayedFinalizeReturnsTheFirstResponseAndPaysOnce() {
        Participant agent = stakedAgent("replaying.finalizer", "300");
        String id = withdrawalId(api.requestWithdrawal(agent.token(), "AGENT", "300", "request-1"));
        clock.advance(UNBONDING);

        var first = api.finalizeWithdrawal(agent.token(), id, "finalize-1");
        var replay = api.finalizeWithdrawal(agent.token(), id, "finalize-1");

        assertThat(StakingApi.errors(replay, FINALIZE)).isEmpty();
        assertThat(StakingApi.result(replay, FINALIZE, "withdrawal"))
                .isEqualTo(StakingApi.result(first, FINALIZE, "withdrawal"));
        assertThat(fixture.wallet(agent.id())).isEqualTo(Money.of(300));
    }

    @Test
    void lockedStakeCannotBeWithdrawn() {
        Participant agent = stakedAgent("busy.agent", "150");
        fixture.inTransaction(() -> staking.lock(agent.id(), StakeRole.AGENT, Money.of(1), "job-of-busy-agent"));

        var all = api.requestWithdrawal(agent.token(), "AGENT", "150", null);
        var allFree = api.requestWithdrawal(agent.token(), "AGENT", "149", null);
        var keepingTheMinimum = api.requestWithdrawal(agent.token(), "AGENT", "50", null);

        assertThat(StakingApi.codes(all, REQUEST)).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(StakingApi.codes(allFree, REQUEST)).containsExactly("INVALID_INPUT");
        assertThat(StakingApi.errors(keepingTheMinimum, REQUEST)).isEmpty();
        assertThat(api.stake(agent.token(), "AGENT")).containsEntry("free", "99").containsEntry("locked", "1")
                .containsEntry("unbonding", "50");
    }

    @Test
    void aWithdrawalMustLeaveTheMinimumOrNothing() {
        Participant agent = stakedAgent("leaving.agent", "150");

        var belowMinimum = api.requestWithdrawal(agent.token(), "AGENT", "50.000000000000000001", null);
        var everything = api.requestWithdrawal(agent.token(), "AGENT", "150", null);

        assertThat(StakingApi.errors(belowMinimum, REQUEST)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("INVALID_INPUT");
            assertThat(error.field()).isEqualTo("input.amount");
        });
        assertThat(StakingApi.errors(everything, REQUEST)).isEmpty();
    }

    @Test
    void anotherParticipantsWithdrawalIsNotFoundAndNodeShowsOnlyOwnWithdrawals() {
        Participant agent = stakedAgent("owner.agent", "300");
        Participant other = fixture.staker("nosy.agent", "agent");
        String id = withdrawalId(api.requestWithdrawal(agent.token(), "AGENT", "100", null));
        clock.advance(UNBONDING);

        var stolen = api.finalizeWithdrawal(other.token(), id, null);
        var malformed = api.finalizeWithdrawal(other.token(), "not-an-id", null);

        assertThat(StakingApi.errors(stolen, FINALIZE)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("NOT_FOUND");
            assertThat(error.field()).isEqualTo("input.withdrawalId");
        });
        assertThat(StakingApi.codes(malformed, FINALIZE)).containsExactly("NOT_FOUND");
        assertThat(node(agent, id)).containsEntry("id", id).containsEntry("amount", "100");
        assertThat(node(other, id)).isNull();
        assertThat(fixture.wallet(other.id())).isEqualTo(Money.ZERO);
    }

    private Participant stakedAgent(String name, String amount) {
        Participant agent = fixture.fundedStaker(name, amount, "agent");
        assertThat(StakingApi.errors(api.deposit(agent.token(), "AGENT", amount, null), "depositStake")).isEmpty();
        return agent;
    }

    private Map<String, Object> node(Participant staker, String id) {
        return TestDocuments.http(fixture.port(), staker.token())
                .documentName("stakeWithdrawalNode")
                .variable("id", id).executeSync().field("node").getValue();
    }

    private static String withdrawalId(ClientGraphQlResponse response) {
        return (String) StakingApi.result(response, REQUEST, "withdrawal").get("id");
    }

    private static Instant instant(Map<String, Object> object, String field) {
        return Instant.parse((String) object.get(field));
    }
}
