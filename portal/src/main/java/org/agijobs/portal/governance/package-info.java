@NullMarked
package org.agijobs.portal.governance;

import org.jspecify.annotations.NullMarked;
