/**
 * Jobs: posting, funding (escrow), assignment, submission, cancellation and expiry of jobs, sub-job trees and
 * agent matching. Money moves only through the ledger and the staking module. The aggregate is internal: other
 * modules read a job as a {@link org.agijobs.jobs.JobView} and move it on through
 * {@link org.agijobs.jobs.JobOutcomes}; what must happen in the same transaction is called through the ports in
 * this package, and every state change is also published as an event for after-commit listeners. The states,
 * commands, callers, ports and events, next to the transition table {@link org.agijobs.jobs.JobTransitions}:
 * {@code jobs/LIFECYCLE.md}.
 */
@ApplicationModule(displayName = "Jobs")
package org.agijobs.jobs;

import org.springframework.modulith.ApplicationModule;
