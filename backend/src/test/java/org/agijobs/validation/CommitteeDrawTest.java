package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.agijobs.platform.money.Money;
import org.agijobs.validation.CommitteeDraw.Candidate;
import org.junit.jupiter.api.Test;

/** The draw anyone can re-run: deterministic from the seed, without replacement, weighted by stake. */
class CommitteeDrawTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final String SEED = "5f".repeat(32);

    @Test
    void theSameSeedAndCandidatesGiveTheSameCommitteeWhateverTheirOrder() {
        List<Candidate> candidates = List.of(candidate(A, "1000"), candidate(B, "2000"), candidate(C, "3000"));

        assertThat(CommitteeDraw.draw(SEED, candidates, 2))
                .isEqualTo(CommitteeDraw.draw(SEED, List.of(candidates.get(2), candidates.get(0), candidates.get(1)), 2));
    }

    @Test
    void nobodyIsDrawnTwiceAndEveryoneIsDrawnWhenTheCommitteeTakesAll() {
        List<Candidate> candidates = List.of(candidate(A, "1"), candidate(B, "1000000"), candidate(C, "1"));

        IntStream.range(0, 200).mapToObj(i -> "%064x".formatted(i)).forEach(seed ->
                assertThat(CommitteeDraw.draw(seed, candidates, 3)).containsExactlyInAnyOrder(A, B, C));
    }

    @Test
    void aCandidateWithThreeTimesTheStakeIsDrawnFirstAboutThreeTimesAsOften() {
        List<Candidate> candidates = List.of(candidate(A, "1000"), candidate(B, "3000"));

        long heavyFirst = IntStream.range(0, 4000).mapToObj(i -> "%064x".formatted(i))
                .filter(seed -> CommitteeDraw.draw(seed, candidates, 1).getFirst().equals(B)).count();

        assertThat(heavyFirst).isBetween(2850L, 3150L);
    }

    @Test
    void theFirstDrawFollowsTheDocumentedRecipe() {
        // r = SHA-256("<seed>:0") mod 3000 (in 1e-18 units: 3000e18): A owns [0, 1000e18), B owns [1000e18, 3000e18).
        var h = new java.math.BigInteger(1, java.util.HexFormat.of().parseHex(CommitHash.sha256Hex(SEED + ":0")));
        var r = h.mod(new java.math.BigInteger("3000000000000000000000"));
        UUID expected = r.compareTo(new java.math.BigInteger("1000000000000000000000")) < 0 ? A : B;

        assertThat(CommitteeDraw.draw(SEED, List.of(candidate(B, "2000"), candidate(A, "1000")), 1))
                .containsExactly(expected);
    }

    private static Candidate candidate(UUID id, String weight) {
        return new Candidate(id, Money.of(weight));
    }
}
