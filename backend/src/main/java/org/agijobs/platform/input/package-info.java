/**
 * The one set of rules for a client's text, URIs, hashes, skill tags and decimals, so that every module refuses the
 * same bad input the same way, and none of them parses an input before its length is bounded.
 */
@NullMarked
package org.agijobs.platform.input;

import org.jspecify.annotations.NullMarked;
