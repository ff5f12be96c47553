/**
 * Demo data that looks like a real rollout: two organisations, their units and staff, accounts for
 * every role, and the work in progress of each capability. Loaded once with {@code --demo}; never
 * again on restart.
 */
@NullMarked
package org.uptake.demo;

import org.jspecify.annotations.NullMarked;
