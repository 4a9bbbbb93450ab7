@NullMarked
package org.agijobs.portal.layout;

import org.jspecify.annotations.NullMarked;
