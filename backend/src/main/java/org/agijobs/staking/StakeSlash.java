package org.agijobs.staking;

import java.util.UUID;

import org.agijobs.platform.money.Money;

/**
 * The outcome of one slash: how much was asked for and taken (less when the stake ran out), where it came from
 * (the reference's lock first, then free stake, then pending withdrawals) and where it went.
 * {@code toEmployer + burned + toTreasury == slashed == fromLocked + fromFree + fromUnbonding}, exactly.
 */
public record StakeSlash(UUID participantId, StakeRole role, String reference, Money requested, Money slashed,
        Money fromLocked, Money fromFree, Money fromUnbonding, UUID employerId, Money toEmployer, Money burned,
        Money toTreasury) {
}
