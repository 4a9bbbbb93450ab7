@NullMarked
package org.agijobs.portal.integration;

import org.jspecify.annotations.NullMarked;
