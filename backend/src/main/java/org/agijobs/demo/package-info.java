/**
 * The demo market ({@code demo} profile, which {@code ./platform start} runs with {@code dev}): on a new database,
 * the realm's demo users get profiles, money and stakes, and jobs stand in every state, from open to finalized with
 * a certificate. Everything is made through the other modules' services, as the demo users themselves would make
 * it, so the demo follows the same rules as real use; a few follow-up steps (the seeded validators' reveals, an
 * employer's dispute) run through the persistent scheduler when their window opens, and the market's own
 * deadlines do the rest. Nothing here exists outside the {@code demo} profile.
 */
@ApplicationModule(displayName = "Demo market")
package org.agijobs.demo;

import org.springframework.modulith.ApplicationModule;
