/**
 * Validation: the committee drawn for every delivered job (stake-weighted, from a recorded seed), the
 * commit-reveal vote with its windows, and the tally that completes the job or hands it to a moderator.
 * Money does not move here: stakes are locked at the draw and settled by the settlement module.
 */
@ApplicationModule(displayName = "Validation")
package org.agijobs.validation;

import org.springframework.modulith.ApplicationModule;
