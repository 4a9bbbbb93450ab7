@NullMarked
package org.agijobs.portal.backend;

import org.jspecify.annotations.NullMarked;
