/**
 * The organisation (tenant) and its people: units, staff with their professional group and shift
 * pattern, and the roster import that keeps staff in step with the employer's register. Other
 * modules read units and staff through {@link org.uptake.organisation.Units} and {@link
 * org.uptake.organisation.Staff}.
 */
@NullMarked
package org.uptake.organisation;

import org.jspecify.annotations.NullMarked;
