@NullMarked
package org.agijobs.portal.jobs;

import org.jspecify.annotations.NullMarked;
