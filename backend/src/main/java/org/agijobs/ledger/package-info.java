/**
 * Ledger: accounts and double-entry transfers, the only way a balance changes; deposits from and withdrawals
 * to {@code external}; the invariant check an owner can run.
 */
@ApplicationModule(displayName = "Ledger")
package org.agijobs.ledger;

import org.springframework.modulith.ApplicationModule;
