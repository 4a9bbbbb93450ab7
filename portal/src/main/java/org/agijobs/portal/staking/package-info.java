/** Agents' and validators' stakes: deposits, unbonding, withdrawals, what moved through them, and validator bans. */
@NullMarked
package org.agijobs.portal.staking;

import org.jspecify.annotations.NullMarked;
