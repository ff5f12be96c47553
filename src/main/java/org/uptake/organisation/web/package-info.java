/** Pages and API for units, staff and the roster import. */
@NullMarked
package org.uptake.organisation.web;

import org.jspecify.annotations.NullMarked;
