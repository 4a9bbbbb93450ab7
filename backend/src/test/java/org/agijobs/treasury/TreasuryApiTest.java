package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code distributeFees}, {@code feePool} and {@code feeDistributions} as an owner uses them. Other tests' platform
 * stakers share the database, so amounts are checked exactly against the stake the run itself reports.
 */
@ApiTest
class TreasuryApiTest {

    @Autowired
    TreasuryFixture fixture;

    TreasuryApi api;
    Participant owner;

    @BeforeEach
    void setUp() {
        api = new TreasuryApi(fixture);
        owner = fixture.person("treasury.owner", "owner");
    }

    @Test
    void anOwnerPaysThePoolOutProRataAndAReplayOfTheKeyPaysNothingMore() {
        Participant staker = fixture.platformStaker("api.staker", "250");
        fixture.fundPool(Money.of("21.000000000000000001"));
        Money poolBefore = feePool();
        Money walletBefore = fixture.wallet(staker);

        Map<String, Object> run = TreasuryApi.distribution(api.distributeFees(owner.token(), "api-run"));

        assertThat(run.get("trigger")).isEqualTo("OWNER");
        assertThat(run.get("actor")).isEqualTo(owner.subject());
        assertThat(money(run, "pool")).isEqualTo(poolBefore);
        assertThat(money(run, "toTreasury")).isEqualTo(Money.ZERO);
        assertThat(money(run, "paidOut").plus(money(run, "kept"))).isEqualTo(poolBefore);
        assertThat(feePool()).isEqualTo(money(run, "kept"));
        List<Map<String, Object>> shares = list(run, "shares");
        assertThat(shares).hasSize(((Number) run.get("recipients")).intValue());
        BigDecimal totalStake = money(run, "totalStake").value();
        for (Map<String, Object> share : shares) {
            BigDecimal exact = poolBefore.value().multiply(money(share, "stake").value())
                    .divide(totalStake, 18, RoundingMode.DOWN);
            assertThat(money(share, "amount").value()).isEqualByComparingTo(exact);
        }
        Map<String, Object> mine = shares.stream()
                .filter(share -> GlobalId.decode(participantId(share)).orElseThrow().id().equals(staker.id()))
                .findFirst().orElseThrow();
        assertThat(money(mine, "stake")).isEqualTo(Money.of(250));
        assertThat(fixture.wallet(staker)).isEqualTo(walletBefore.plus(money(mine, "amount")));

        Map<String, Object> replay = TreasuryApi.distribution(api.distributeFees(owner.token(), "api-run"));

        assertThat(replay.get("id")).isEqualTo(run.get("id"));
        assertThat(fixture.wallet(staker)).isEqualTo(walletBefore.plus(money(mine, "amount")));
        assertThat(feePool()).isEqualTo(money(run, "kept"));
    }

    @Test
    void pastDistributionsAreListedNewestFirstAndReachableByIdForOwnersOnly() {
        String first = (String) TreasuryApi.distribution(api.distributeFees(owner.token(), null)).get("id");
        String second = (String) TreasuryApi.distribution(api.distributeFees(owner.token(), null)).get("id");

        // One clock that only moves forward: the two runs just made are the newest.
        List<Map<String, Object>> listed = api.feeDistributions(owner.token(), 100).field("feeDistributions").getValue();
        assertThat(listed).extracting(run -> Instant.parse((String) run.get("ranAt")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        List<Object> ids = listed.stream().map(run -> run.get("id")).toList();
        assertThat(ids).startsWith(second, first);
        assertThat(api.node(owner.token(), first).field("node.id").toEntity(String.class)).isEqualTo(first);
        Participant agent = fixture.person("curious.agent", "agent");
        assertThat(api.node(agent.token(), first).field("node").<Object>getValue()).isNull();
    }

    @Test
    void theListIsCappedAtOneHundredAndHoldsAtLeastOne() {
        api.distributeFees(owner.token(), null);

        List<?> one = api.feeDistributions(owner.token(), 0).field("feeDistributions").getValue();
        List<?> capped = api.feeDistributions(owner.token(), 1_000).field("feeDistributions").getValue();

        assertThat(one).hasSize(1);
        assertThat(capped).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void aBlankIdempotencyKeyIsRefusedAndMovesNothing() {
        fixture.fundPool(Money.of(1));
        Money poolBefore = feePool();

        var response = api.distributeFees(owner.token(), " ");

        assertThat(TreasuryApi.errors(response)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("INVALID_INPUT");
            assertThat(error.field()).isEqualTo("input.idempotencyKey");
        });
        assertThat(feePool()).isEqualTo(poolBefore);
    }

    private Money feePool() {
        return Money.of(api.feePool(owner.token()).field("feePool").toEntity(String.class));
    }

    private static Money money(Map<String, Object> object, String field) {
        return Money.of((String) object.get(field));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return (List<Map<String, Object>>) object.get(field);
    }

    @SuppressWarnings("unchecked")
    private static String participantId(Map<String, Object> share) {
        return (String) ((Map<String, Object>) share.get("participant")).get("id");
    }
}
