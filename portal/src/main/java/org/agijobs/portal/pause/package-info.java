@NullMarked
package org.agijobs.portal.pause;

import org.jspecify.annotations.NullMarked;
