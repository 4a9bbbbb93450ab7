package org.agijobs.parameters;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each pause level refuses, by GraphQL mutation name: the one list, read by the gate in front of every
 * mutation (parameters.graphql.PauseGate) and checked against the whole schema by a test, so a new mutation that
 * is not listed here fails the build. An unlisted mutation is refused under FULL.
 */
public final class PausedMutations {

    /** Refused from INTAKE on: they open new work or put new stake at risk (a sub-job is a createJob). */
    public static final Set<String> REFUSED_FROM_INTAKE = Set.of(
            "createJob", "applyForJob", "depositStake");

    /**
     * Refused under FULL only: work under way, votes, disputes, settlement and every transfer (the dev profile's
     * faucet too). Exits from stakes and jobs stay open under INTAKE.
     */
    public static final Set<String> REFUSED_UNDER_FULL = Set.of(
            "submitResult", "cancelJob",
            "commitVote", "revealVote",
            "raiseDispute", "addDisputeEvidence", "resolveDispute",
            "fundAccount", "requestFaucet", "creditTreasury", "distributeFees",
            "requestStakeWithdrawal", "finalizeStakeWithdrawal",
            "updateMyProfile");

    /**
     * Never refused: withdrawing free wallet balance (with acknowledging the terms, which a withdrawal may need
     * first), pausing (raising INTAKE to FULL), and the governance steps that lead to a resume, without which a
     * FULL pause could never end.
     */
    public static final Set<String> NEVER_REFUSED = Set.of(
            "withdraw", "acknowledgeTerms",
            "pause",
            "proposeChange", "approveProposal", "executeProposal", "cancelProposal");

    /** Every mutation this list knows. */
    public static final Set<String> CLASSIFIED = Stream.of(REFUSED_FROM_INTAKE, REFUSED_UNDER_FULL, NEVER_REFUSED)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private PausedMutations() {
    }

    /** Whether {@code level} refuses the mutation {@code name}. */
    public static boolean refuses(PauseLevel level, String name) {
        return switch (level) {
            case NONE -> false;
            case INTAKE -> REFUSED_FROM_INTAKE.contains(name);
            case FULL -> !NEVER_REFUSED.contains(name);
        };
    }
}
