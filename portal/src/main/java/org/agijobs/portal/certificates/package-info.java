/** An agent's completion certificates, and the public page where anyone checks one without signing in. */
@NullMarked
package org.agijobs.portal.certificates;

import org.jspecify.annotations.NullMarked;
