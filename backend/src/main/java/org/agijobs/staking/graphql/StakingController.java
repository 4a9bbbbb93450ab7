package org.agijobs.staking.graphql;

import java.util.List;

import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.agijobs.staking.RoleStake;
import org.agijobs.staking.StakeService;
import org.agijobs.staking.StakeWithdrawal;
import org.agijobs.staking.graphql.StakingInputs.DepositStakeInput;
import org.agijobs.staking.graphql.StakingInputs.FinalizeStakeWithdrawalInput;
import org.agijobs.staking.graphql.StakingInputs.RequestStakeWithdrawalInput;
import org.agijobs.staking.graphql.StakingPayloads.DepositStakePayload;
import org.agijobs.staking.graphql.StakingPayloads.FinalizeStakeWithdrawalPayload;
import org.agijobs.staking.graphql.StakingPayloads.RequestStakeWithdrawalPayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class StakingController {

    private final StakeService staking;

    StakingController(StakeService staking) {
        this.staking = staking;
    }

    @QueryMapping
    List<RoleStake> myStakes(Caller caller) {
        return staking.myStakes(caller);
    }

    @MutationMapping
    DepositStakePayload depositStake(@Argument DepositStakeInput input, Caller caller) {
        return Payloads.of(() -> staking.depositStake(caller, input.role(), input.parsedAmount(),
                input.idempotencyKey()), DepositStakePayload::new);
    }

    @MutationMapping
    RequestStakeWithdrawalPayload requestStakeWithdrawal(@Argument RequestStakeWithdrawalInput input,
            Caller caller) {
        return Payloads.of(() -> staking.requestWithdrawal(caller, input.role(), input.parsedAmount(),
                input.idempotencyKey()), RequestStakeWithdrawalPayload::new);
    }

    @MutationMapping
    FinalizeStakeWithdrawalPayload finalizeStakeWithdrawal(@Argument FinalizeStakeWithdrawalInput input,
            Caller caller) {
        return Payloads.of(() -> staking.finalizeWithdrawal(caller, input.parsedWithdrawalId(),
                input.idempotencyKey()), FinalizeStakeWithdrawalPayload::new);
    }

    @SchemaMapping(typeName = "StakeWithdrawal", field = "id")
    String id(StakeWithdrawal withdrawal) {
        return GlobalId.of(StakeWithdrawalNodes.TYPE, withdrawal.id());
    }
}
