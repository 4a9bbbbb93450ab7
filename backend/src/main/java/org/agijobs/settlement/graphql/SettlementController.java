package org.agijobs.settlement.graphql;

import java.util.List;
import java.util.Map;

import org.agijobs.jobs.Job;
import org.agijobs.platform.graphql.BatchJoins;
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
        List<Job> settled = page.stream().filter(job -> job.getSettledSuccess() != null).toList();
        return BatchJoins.joined(page, Job::getId, settlements.settlementsOf(BatchJoins.ids(settled, Job::getId)));
    }
}
