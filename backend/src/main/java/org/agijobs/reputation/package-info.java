/**
 * Reputation: whole-number scores per participant as agent and as validator, moved by settled and expired jobs
 * (DOMAIN.md, Reputation), with their history per job, and the employer record (successful / settled jobs). It
 * records settlements and expiries inside the transaction that settles or expires the job (the settlement
 * module's {@code SettlementRecorder} and jobs' {@code AgentLosses} ports), and
 * gives the jobs module the agent scores its eligibility check and ranking read.
 */
@ApplicationModule(displayName = "Reputation")
package org.agijobs.reputation;

import org.springframework.modulith.ApplicationModule;
