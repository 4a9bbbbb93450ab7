@NullMarked
package org.agijobs.portal.profile;

import org.jspecify.annotations.NullMarked;
