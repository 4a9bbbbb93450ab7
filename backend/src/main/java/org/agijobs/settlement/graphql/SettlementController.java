package org.agijobs.settlement.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agijobs.jobs.Job;
import org.agijobs.settlement.Settlement;
import org.agijobs.settlement.SettlementService;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Job.settlement}. */
@Controller
class SettlementController {

    private final SettlementService settlements;

    SettlementController(SettlementService settlements) {
        this.settlements = settlements;
    }

    @BatchMapping(typeName = "Job", field = "settlement")
    Map<Job, Settlement> settlement(List<Job> page) {
        Map<java.util.UUID, Settlement> found = settlements.settlementsOf(page.stream()
                .filter(job -> job.getSettledSuccess() != null).map(Job::getId).toList());
        return page.stream().filter(job -> found.containsKey(job.getId()))
                .collect(Collectors.toMap(Function.identity(), job -> found.get(job.getId()), (a, b) -> a));
    }
}
