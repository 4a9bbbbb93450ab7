package org.agijobs.reputation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md's reputation arithmetic against results worked out by hand with exact integers. */
class ReputationFormulaTest {

    private static final Instant ASSIGNED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theDomainExampleTakesANewAgentFromZeroToThirtyThree() {
        // w = 1,000: w^3 / 1e5 = 10,000; 1 + 10,000 * 1e6 = 10,000,000,001 lies in (2^33, 2^34]: 34 points.
        // One hour is under 10,000 s: + 0. Then 34 / (1 + 1,156 / 7,901,076,544) = 33.99999... -> 33.
        long points = ReputationFormula.points(Money.of("1000"), ASSIGNED, ASSIGNED.plus(Duration.ofHours(1)));

        assertThat(points).isEqualTo(34);
        assertThat(ReputationFormula.afterSuccess(0, points)).isEqualTo(33);
    }

    @ParameterizedTest(name = "reward {0} -> {1} points")
    @CsvSource({
            // under one whole token: w = 0
            "0.999999999999999999, 0",
            // w = 46: 97,336 / 1e5 = 0, and ceil(log2(1)) = 0
            "46.999999999999999999, 0",
            // w = 47: 103,823 / 1e5 = 1; 1,000,001 lies in (2^19, 2^20]
            "47, 20",
            // w = 100: 1e6 / 1e5 = 10; 10,000,001 lies in (2^23 = 8,388,608, 2^24]
            "100, 24",
            // w = 1,000 (the fraction is dropped): 34 as in DOMAIN.md
            "1000.5, 34",
            // w = 1,000,000: 1e18 / 1e5 = 1e13; 1e19 + 1 lies in (2^63 = 9.22e18, 2^64 = 1.84e19]
            "1000000, 64"
    })
    void theRewardTermCountsWholeTokensOnly(String reward, long points) {
        assertThat(ReputationFormula.rewardPoints(Money.of(reward))).isEqualTo(points);
    }

    @Test
    void everyTenThousandSecondsFromAssignmentToSubmissionAddAPoint() {
        // 25,000 s: floor(2.5) = 2 on top of the reward's 34
        assertThat(ReputationFormula.points(Money.of("1000"), ASSIGNED, ASSIGNED.plusSeconds(25_000))).isEqualTo(36);
        assertThat(ReputationFormula.durationPoints(Duration.ofSeconds(9_999))).isZero();
        assertThat(ReputationFormula.durationPoints(Duration.ofSeconds(10_000))).isEqualTo(1);
        // a sub-token reward still earns the duration term: 3 days = 259,200 s -> 25
        assertThat(ReputationFormula.points(Money.of("0.5"), ASSIGNED, ASSIGNED.plus(Duration.ofDays(3))))
                .isEqualTo(25);
    }

    @Test
    void aMissingOrNegativeDurationCountsAsZero() {
        assertThat(ReputationFormula.points(Money.of("1000"), ASSIGNED, null)).isEqualTo(34);
        assertThat(ReputationFormula.points(Money.of("1000"), ASSIGNED, ASSIGNED.minusSeconds(50_000))).isEqualTo(34);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            // n = 100: 10,000 / 7,901,076,544 = 0.000001265650312879 (18 places, down); 100 / 1.000001265... = 99.9998...
            "66, 34, 99",
            // n = 10,034: 100,681,156 / 7,901,076,544 = 0.012742713659248913; 10,034 / 1.0127427... = 9,907.74...
            // a success this high lowers the score: damping pulls every agent towards an equilibrium
            "10000, 34, 9907",
            // n = 44,444 = 88,888 / 2: the ratio is exactly 0.25; 44,444 / 1.25 = 35,555.2
            "44410, 34, 35555",
            // n = 88,034: 7,749,985,156 / 7,901,076,544 = 0.980877113750437297; 88,034 / 1.98087... = 44,441.93
            "88000, 34, 44441",
            // n = 88,888: the ratio is exactly 1; 88,888 / 2 = 44,444, the highest value the damping can give
            "88854, 34, 44444",
            // n = 88,914: 7,905,699,396 / 7,901,076,544 = 1.000585091408019651; 88,914 / 2.000585... = 44,443.998
            "88880, 34, 44443"
    })
    void aSuccessDampsTheNewTotal(long current, long points, long expected) {
        assertThat(ReputationFormula.afterSuccess(current, points)).isEqualTo(expected);
    }

    @Test
    void aSuccessWorthNothingStillDamps() {
        // n = 33: 33 / (1 + 1,089 / 7,901,076,544) = 32.99999... -> 32
        assertThat(ReputationFormula.afterSuccess(33, 0)).isEqualTo(32);
        assertThat(ReputationFormula.afterSuccess(0, 0)).isZero();
    }

    @Test
    void plainGainsStopAtTheCap() {
        assertThat(ReputationFormula.afterGain(88_880, 10)).isEqualTo(88_888);
        assertThat(ReputationFormula.afterGain(88_888, 2)).isEqualTo(88_888);
        assertThat(ReputationFormula.afterGain(100, 2)).isEqualTo(102);
    }

    @Test
    void aLossStopsAtZero() {
        assertThat(ReputationFormula.afterLoss(33, 34)).isZero();
        assertThat(ReputationFormula.afterLoss(0, 1)).isZero();
        assertThat(ReputationFormula.afterLoss(100, 34)).isEqualTo(66);
    }

    @ParameterizedTest(name = "agent {0} -> validator {1}")
    @CsvSource({"34, 2", "36, 2", "38, 3", "12, 0", "0, 0", "100, 8", "323, 25"})
    void validatorsOnTheOutcomeSideGainEightPercentOfTheJobsPointsRoundedDown(long agentPoints, long gain) {
        assertThat(ReputationFormula.validatorGain(agentPoints)).isEqualTo(gain);
    }
}
