/**
 * Reports: the operator's signed statement of the market — KPIs over a period, every parameter, the pause, the
 * ledger invariant and the head of the audit chain — signed with the platform key so anyone verifies it offline
 * with the published key set. It only reads the other modules' APIs; nothing depends on it.
 */
@ApplicationModule(displayName = "Reports")
package org.agijobs.reports;

import org.springframework.modulith.ApplicationModule;
