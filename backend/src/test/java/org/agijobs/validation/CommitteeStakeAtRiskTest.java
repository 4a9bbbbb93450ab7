package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.agijobs.validation.ValidationFixture.Delivered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * What a seat counts is what it risks: a member's weight is its free validator stake at the draw, all of it is
 * locked until the job settles, and stake locked by one seat backs no other.
 */
@ApiTest
class CommitteeStakeAtRiskTest {

    private static final Money POOL_STAKE = ValidationFixture.POOL_STAKE;

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aMemberCannotRequestUnbondingOfAnyStakeItsSeatCountsUntilTheJobSettles() {
        List<Participant> pool = validation.pool("at-risk.validator", 3);
        Delivered delivered = validation.delivered("at-risk", "1000");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) weights(delivered).get("members");
        assertThat(members).hasSize(3).allSatisfy(member -> {
            assertThat(Money.of((String) member.get("weight"))).isEqualTo(POOL_STAKE);
            assertThat(Money.of((String) member.get("lockedStake"))).isEqualTo(POOL_STAKE);
        });
        for (Participant member : pool) {
            assertThat(validation.lockedValidatorStake(member)).isEqualTo(POOL_STAKE);
            assertThat(codes(requestWithdrawal(member, "1"))).containsExactly("INSUFFICIENT_FUNDS");
        }

        validation.vote(delivered.job(), Map.of(pool.get(0), true, pool.get(1), true, pool.get(2), true));
        assertThat(jobs.state(delivered.job())).isEqualTo("COMPLETED");
        assertThat(codes(requestWithdrawal(pool.get(0), "1"))).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(settlement.endChallengeWindow(delivered.job())).isTrue();

        for (Participant member : pool) {
            assertThat(validation.lockedValidatorStake(member)).isEqualTo(Money.ZERO);
            assertThat(codes(requestWithdrawal(member, POOL_STAKE.value().toPlainString()))).isEmpty();
            assertThat(validation.validatorStake(member)).isEqualTo(Money.ZERO);
        }
        validation.requireHealthyLedger();
    }

    @Test
    void aSeatedValidatorIsACandidateForAnotherCommitteeOnlyWithWhatItDepositedSince() {
        List<Participant> pool = validation.pool("seated.validator", 3);
        validation.delivered("seated-first", "100");
        Participant topUp = pool.getFirst();
        jobs.fund(topUp.id(), POOL_STAKE);
        JobsFixture.requireNoErrors(jobs.http(topUp).documentName("stakeForJobs").variable("role", "VALIDATOR")
                .variable("amount", POOL_STAKE.value().toPlainString()).executeSync(), "depositStake");

        Delivered second = validation.delivered("seated-second", "100");

        Map<String, Object> committee = weights(second);
        assertThat(committee.get("phase")).isEqualTo("NO_COMMITTEE");
        assertThat(jobs.state(second.job())).isEqualTo("DISPUTED");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> candidates = (List<Map<String, String>>) committee.get("candidates");
        List<UUID> poolIds = pool.stream().map(Participant::id).toList();
        assertThat(candidates).filteredOn(candidate -> poolIds.contains(UUID.fromString(candidate.get("validatorUuid"))))
                .extracting(candidate -> candidate.get("validatorUuid"), candidate -> Money.of(candidate.get("weight")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(topUp.id().toString(), POOL_STAKE));
    }

    private Map<String, Object> weights(Delivered delivered) {
        return jobs.http(delivered.employer()).documentName("committeeWeights").variable("job", delivered.job())
                .executeSync().field("committee").toEntity(Map.class);
    }

    private ClientGraphQlResponse requestWithdrawal(Participant validator, String amount) {
        return jobs.http(validator).documentName("requestStakeWithdrawal")
                .variable("input", Map.of("role", "VALIDATOR", "amount", amount)).executeSync();
    }

    private static List<String> codes(ClientGraphQlResponse response) {
        return JobsFixture.errors(response, "requestStakeWithdrawal").stream().map(JobsFixture.Refusal::code).toList();
    }
}
