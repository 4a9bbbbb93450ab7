@NullMarked
package org.agijobs.portal.committee;

import org.jspecify.annotations.NullMarked;
