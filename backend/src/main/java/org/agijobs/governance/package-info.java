/**
 * Governance: the council of owners, and proposals that change the market. A council member proposes one or
 * several actions with a reason; distinct members approve until the threshold t of n ({@code COUNCIL_THRESHOLD})
 * is reached; the proposal is then queued with {@code eta = now + TIMELOCK_DELAY} (protective actions: at once)
 * and executes once at or after its eta, through the persistent scheduler or an owner's call, all actions in one
 * transaction. Every step is recorded. This module sits high in the graph: it calls down into jobs (cancelling and
 * spawning jobs through {@code jobs.JobGovernance}), parameters, participants and the ledger, and nothing below
 * depends on it.
 */
@ApplicationModule(displayName = "Governance")
package org.agijobs.governance;

import org.springframework.modulith.ApplicationModule;
