package org.agijobs.validation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * Stake-weighted sampling without replacement, re-runnable by anyone from the recorded seed and candidates:
 * <ol>
 * <li>order the candidates by id (the UUID's canonical lowercase text, ascending);</li>
 * <li>for draw {@code i = 0, 1, ...}: {@code h = SHA-256(seed + ":" + i)} (UTF-8, the seed as its 64 hex
 *     characters) read as an unsigned big-endian integer; {@code r = h mod W} where {@code W} is the sum of the
 *     remaining candidates' weights in units of 1e-18;</li>
 * <li>pick the first remaining candidate whose running weight total exceeds {@code r}, and remove it.</li>
 * </ol>
 */
public final class CommitteeDraw {

    /** One eligible validator and its weight (its free validator stake at the draw). */
    public record Candidate(UUID validatorId, Money weight) {
    }

    private CommitteeDraw() {
    }

    /** The first {@code size} validators drawn, in draw order; all of them if there are not more. */
    public static List<UUID> draw(String seed, List<Candidate> candidates, int size) {
        List<Candidate> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparing(candidate -> candidate.validatorId().toString()));
        List<UUID> drawn = new ArrayList<>();
        for (int i = 0; i < size && !remaining.isEmpty(); i++) {
            BigInteger total = remaining.stream().map(CommitteeDraw::units).reduce(BigInteger.ZERO, BigInteger::add);
            BigInteger r = new BigInteger(1, CommitHash.sha256Hex(seed + ":" + i).transform(CommitteeDraw::bytes))
                    .mod(total);
            BigInteger running = BigInteger.ZERO;
            for (int k = 0; k < remaining.size(); k++) {
                running = running.add(units(remaining.get(k)));
                if (running.compareTo(r) > 0) {
                    drawn.add(remaining.remove(k).validatorId());
                    break;
                }
            }
        }
        return drawn;
    }

    private static BigInteger units(Candidate candidate) {
        return candidate.weight().value().movePointRight(Money.SCALE).toBigIntegerExact();
    }

    private static byte[] bytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
