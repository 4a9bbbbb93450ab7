package org.agijobs.settlement.graphql;

import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobView;
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
    Map<JobView, Settlement> settlement(List<JobView> page) {
        List<JobView> settled = page.stream().filter(job -> job.getSettledSuccess() != null).toList();
        return BatchJoins.joined(page, JobView::getId, settlements.settlementsOf(BatchJoins.ids(settled, JobView::getId)));
    }
}
