/**
 * Disputes: the employer or the agent challenges a tally within the challenge window (with a fee), validation
 * hands over jobs it could not decide, parties and committee members add evidence, and a moderator (or, for a
 * stale dispute, an owner) rules; the ruling settles the job through the settlement module.
 */
@ApplicationModule(displayName = "Disputes")
package org.agijobs.disputes;

import org.springframework.modulith.ApplicationModule;
