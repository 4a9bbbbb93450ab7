/**
 * Reputation: whole-number scores per participant as agent and as validator, moved by settled and expired jobs
 * (DOMAIN.md, Reputation), with their history per job, and the employer record (successful / settled jobs). It
 * reacts to {@code JobSettled} and {@code JobExpired} inside the transaction that settles or expires the job, and
 * gives the jobs module the agent scores its eligibility check and ranking read.
 */
@ApplicationModule(displayName = "Reputation")
package org.agijobs.reputation;

import org.springframework.modulith.ApplicationModule;
