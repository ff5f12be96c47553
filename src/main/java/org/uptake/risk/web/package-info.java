/** Pages of the risk register. */
@NullMarked
package org.uptake.risk.web;

import org.jspecify.annotations.NullMarked;
