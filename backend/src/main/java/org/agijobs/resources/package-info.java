/**
 * Resources: the platform's energy and compute capacity (governed parameters), what assigned jobs hold reserved
 * of it, and its price by scarcity (DOMAIN.md, Operator insight). Jobs call it through {@link
 * org.agijobs.resources.ResourceService} in their own transactions: a quote at posting, a reservation at
 * assignment, a release when the job ends however it ends. It moves no money itself: the cost is held in the
 * job's escrow and paid by the settlement plan. It depends on parameters and the platform only.
 */
@ApplicationModule(displayName = "Resources")
package org.agijobs.resources;

import org.springframework.modulith.ApplicationModule;
