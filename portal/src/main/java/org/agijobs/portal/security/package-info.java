@NullMarked
package org.agijobs.portal.security;

import org.jspecify.annotations.NullMarked;
