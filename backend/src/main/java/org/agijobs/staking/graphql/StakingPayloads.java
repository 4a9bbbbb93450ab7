package org.agijobs.staking.graphql;

import java.util.List;

import org.agijobs.platform.errors.UserError;
import org.agijobs.staking.RoleStake;
import org.agijobs.staking.StakeWithdrawal;

/** The payloads of staking.graphqls: the result, or why nothing happened. */
final class StakingPayloads {

    private StakingPayloads() {
    }

    record DepositStakePayload(RoleStake stake, List<UserError> userErrors) {
    }

    record RequestStakeWithdrawalPayload(StakeWithdrawal withdrawal, List<UserError> userErrors) {
    }

    record FinalizeStakeWithdrawalPayload(StakeWithdrawal withdrawal, List<UserError> userErrors) {
    }
}
