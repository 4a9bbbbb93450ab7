@NullMarked
package org.agijobs.portal;

import org.jspecify.annotations.NullMarked;
