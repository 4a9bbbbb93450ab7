@NullMarked
package org.agijobs.portal.work;

import org.jspecify.annotations.NullMarked;
