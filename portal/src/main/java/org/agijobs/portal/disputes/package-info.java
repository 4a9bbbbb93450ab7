@NullMarked
package org.agijobs.portal.disputes;

import org.jspecify.annotations.NullMarked;
