package org.agijobs.staking.graphql;

import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.staking.StakeRole;

/** The mutation inputs of staking.graphqls; amounts arrive as the client's text and are parsed here. */
final class StakingInputs {

    private StakingInputs() {
    }

    record DepositStakeInput(StakeRole role, String amount, String idempotencyKey) {

        Money parsedAmount() {
            return Money.parsePositive(amount, "input.amount");
        }
    }

    record RequestStakeWithdrawalInput(StakeRole role, String amount, String idempotencyKey) {

        Money parsedAmount() {
            return Money.parsePositive(amount, "input.amount");
        }
    }

    record FinalizeStakeWithdrawalInput(String withdrawalId, String idempotencyKey) {

        /** A malformed id or one of another type names no withdrawal: NOT_FOUND, like an unknown one. */
        UUID parsedWithdrawalId() {
            return GlobalId.decode(withdrawalId)
                    .filter(id -> StakeWithdrawalNodes.TYPE.equals(id.type()))
                    .map(GlobalId::id)
                    .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "input.withdrawalId",
                            "No such withdrawal"));
        }
    }
}
