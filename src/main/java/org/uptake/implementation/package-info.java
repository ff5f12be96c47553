/**
 * The implementation plan: the digital services an organisation brings in and their features, each
 * implementation of a service across the organisation's units, the five phases of every unit with
 * the gate criteria it must pass before go-live, and who decides, does, is consulted and is
 * informed about each activity, with a log of the decisions made. Unclear decision-making and
 * responsibilities are a known reason rollouts stall; this module makes them explicit, and every
 * change to a date or a responsibility becomes a task for the people it concerns.
 */
@NullMarked
package org.uptake.implementation;

import org.jspecify.annotations.NullMarked;
