/**
 * Operator insight: the market's KPIs over a period (GMV, cost, utility, acceptance, settlement times, disputes,
 * slashes, treasury, guardrails) for owners and integrators. It reads settled jobs and ledger flows through the
 * read-only views {@code insight_settled_job} and {@code insight_ledger_flow} (one query per figure set, not one
 * call per job through each module's service), and the pause, parameters and ledger health through their public
 * services.
 */
@ApplicationModule(displayName = "Insight")
package org.agijobs.insight;

import org.springframework.modulith.ApplicationModule;
