/**
 * Governance: the parameters every rule reads (and, in a later issue, proposals, approvals, timelock and pause).
 */
@ApplicationModule(displayName = "Governance")
package org.agijobs.governance;

import org.springframework.modulith.ApplicationModule;
