/** Pages to name tech champions for units and to see which units have none. */
@NullMarked
package org.uptake.champion.web;

import org.jspecify.annotations.NullMarked;
