/**
 * Subscription events for every instance: the {@link org.agijobs.platform.feed.EventFeed} port (sealed audit
 * events in chain order, wherever they were caused) and {@link org.agijobs.platform.feed.FeedStream}, which turns
 * a module's share of it back into its event records, live or resumed after a cursor.
 */
@NullMarked
package org.agijobs.platform.feed;

import org.jspecify.annotations.NullMarked;
