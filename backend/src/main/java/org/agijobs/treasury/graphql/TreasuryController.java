package org.agijobs.treasury.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.platform.money.Money;
import org.agijobs.participants.Participant;
import org.agijobs.participants.ParticipantService;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.graphql.BatchJoins;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.agijobs.treasury.FeeDistribution;
import org.agijobs.treasury.FeeDistributionService;
import org.agijobs.treasury.FeeShare;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TreasuryController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    record DistributeFeesInput(@Nullable String idempotencyKey) {
    }

    record DistributeFeesPayload(@Nullable FeeDistribution distribution, List<UserError> userErrors) {
    }

    private final FeeDistributionService fees;
    private final ParticipantService participants;

    TreasuryController(FeeDistributionService fees, ParticipantService participants) {
        this.fees = fees;
        this.participants = participants;
    }

    @QueryMapping
    Money feePool(Caller caller) {
        return fees.feePool(caller);
    }

    @QueryMapping
    Money treasuryBalance(Caller caller) {
        return fees.treasuryBalance(caller);
    }

    @QueryMapping
    List<FeeDistribution> feeDistributions(@Argument @Nullable Integer first, Caller caller) {
        return fees.distributions(caller, pageSize(first));
    }

    @MutationMapping
    DistributeFeesPayload distributeFees(@Argument DistributeFeesInput input, Caller caller) {
        return Payloads.of(() -> fees.distributeFees(caller, input.idempotencyKey()), DistributeFeesPayload::new);
    }

    @SchemaMapping(typeName = "FeeDistribution", field = "id")
    String id(FeeDistribution distribution) {
        return GlobalId.of(FeeDistributionNodes.TYPE, distribution.id());
    }

    @BatchMapping(typeName = "FeeDistribution", field = "shares")
    Map<FeeDistribution, List<FeeShare>> shares(List<FeeDistribution> distributions) {
        Map<UUID, List<FeeShare>> shares = fees.sharesOf(distributions.stream().map(FeeDistribution::id).toList());
        Map<FeeDistribution, List<FeeShare>> result = new LinkedHashMap<>();
        distributions.forEach(distribution -> result.put(distribution,
                shares.getOrDefault(distribution.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "FeeShare", field = "participant")
    Map<FeeShare, Participant> participant(List<FeeShare> shares) {
        return BatchJoins.joined(shares, FeeShare::participantId,
                participants.byIds(BatchJoins.ids(shares, FeeShare::participantId)));
    }

    /** {@code first} capped at 100, at least 1; 20 when omitted. */
    static int pageSize(@Nullable Integer first) {
        return Math.clamp(first == null ? DEFAULT_PAGE : first, 1, MAX_PAGE);
    }
}
