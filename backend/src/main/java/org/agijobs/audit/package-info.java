/**
 * Audit: every domain event on record, append-only, with its actor, time, subject and payload, in the transaction
 * that caused it (a change rolled back leaves no event, and no change is committed without one). A sealer links
 * the committed events into a SHA-256 chain, one instance at a time, so that business transactions never queue
 * on one lock; owners and integrators read the trail and verify the chain. The sealed trail is also the feed of
 * every subscription, on every instance ({@link org.agijobs.audit.AuditFeed}, behind the platform's
 * {@code EventFeed} port). It listens to the other modules' events; the
 * sealed trail is exported as JSON Lines ({@code GET /audit/events.jsonl}), and only the reports module reads it
 * (the head of the chain, which a signed report cites). At intervals the head is signed as a checkpoint with the
 * certificates module's {@code PlatformSigner}, so that whoever keeps one can later show a rewrite of the history
 * before it ({@link org.agijobs.audit.AuditCheckpoints}).
 */
@ApplicationModule(displayName = "Audit")
package org.agijobs.audit;

import org.springframework.modulith.ApplicationModule;
