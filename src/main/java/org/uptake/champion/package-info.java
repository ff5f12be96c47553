/**
 * Tech champions: who supports their peers in which unit, with which of the six sub-roles and how
 * many protected hours a week. Follow-ups of people who never started or stopped using a service go
 * to their unit's champions.
 */
@NullMarked
package org.uptake.champion;

import org.jspecify.annotations.NullMarked;
