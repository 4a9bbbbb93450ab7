/**
 * Jobs: posting, funding (escrow), assignment, submission, cancellation and expiry of jobs, sub-job trees and
 * agent matching. Money moves only through the ledger and the staking module; other modules learn of every
 * state change through the events in this package.
 */
@ApplicationModule(displayName = "Jobs")
package org.agijobs.jobs;

import org.springframework.modulith.ApplicationModule;
