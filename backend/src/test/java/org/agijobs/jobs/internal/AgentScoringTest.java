package org.agijobs.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agijobs.jobs.AgentRank;
import org.agijobs.jobs.internal.AgentScoring.Candidate;
import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;

class AgentScoringTest {

    private static final Set<String> REQUIRED = Set.of("translation", "french");

    @Test
    void scoresByTheDocumentedFormula() {
        // skill 2/3, reputation 44,444/88,888 = 0.5, load (3-1)/3, stake 150/200 = 0.75
        Candidate ada = new Candidate(UUID.randomUUID(), Set.of("translation", "french", "german"), 44_444, 1,
                Money.of(150));

        AgentRank rank = AgentScoring.score(ada, REQUIRED, 3, Money.of(200));

        // 0.40*0.666666666666666666 + 0.25*0.5 + 0.20*0.666666666666666666 + 0.15*0.75 = 0.637499999...
        assertThat(rank.score()).isEqualByComparingTo("0.637499");
        assertThat(rank.skillMatch()).isEqualByComparingTo("0.666666");
    }

    @Test
    void aPerfectAgentScoresOneAndAnIdleUnstakedNewcomerTheLoadPartOnly() {
        Candidate perfect = new Candidate(UUID.randomUUID(), REQUIRED, 88_888, 0, Money.of(500));
        Candidate newcomer = new Candidate(UUID.randomUUID(), Set.of("translation", "french", "a", "b", "c", "d",
                "e", "f"), 0, 0, Money.ZERO);

        assertThat(AgentScoring.score(perfect, REQUIRED, 3, Money.of(500)).score()).isEqualByComparingTo("1");
        // skill 2/8 = 0.25 -> 0.1; load 1 -> 0.2; stake 0
        assertThat(AgentScoring.score(newcomer, REQUIRED, 3, Money.of(500)).score()).isEqualByComparingTo("0.3");
    }

    @Test
    void ranksBestFirstAndBreaksTiesByLoadThenStake() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        List<AgentRank> ranking = AgentScoring.rank(List.of(
                new Candidate(a, REQUIRED, 0, 2, Money.of(100)),
                new Candidate(b, REQUIRED, 0, 0, Money.of(100)),
                new Candidate(c, Set.of("translation", "french", "law"), 0, 0, Money.of(100))), REQUIRED, 3);

        assertThat(ranking).extracting(AgentRank::agentId).containsExactly(b, c, a);
    }

    @Test
    void everySkilledAgentMatchesFullyWhenTheJobRequiresNoSkill() {
        assertThat(AgentScoring.skillMatch(Set.of(), Set.of("x", "y"))).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void stakesCountAsEqualWhenNoCandidateHasAny() {
        Candidate unstaked = new Candidate(UUID.randomUUID(), REQUIRED, 0, 0, Money.ZERO);
        // skill 1 -> 0.4, load 1 -> 0.2, stake counts as 1 -> 0.15
        assertThat(AgentScoring.score(unstaked, REQUIRED, 3, Money.ZERO).score()).isEqualByComparingTo("0.75");
    }
}
