/**
 * Parameters: every governed value (type, bounds, default, current value) and the terms version, read by every
 * module, so this module sits low in the module graph and depends on no business module. Proposals, approvals,
 * the timelock and the pause switch change these values; they will live in a separate governance module high in
 * the graph, since owner commands must call down into jobs, ledger and participants.
 */
@ApplicationModule(displayName = "Parameters")
package org.agijobs.parameters;

import org.springframework.modulith.ApplicationModule;
