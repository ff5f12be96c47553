/**
 * The safety and equity risk register of each implementation: what in the rollout could harm or
 * leave out staff or patients (low digital skills, language, disability, age, a device that
 * performs worse on darker skin), how likely and how bad it is, and the actions that mitigate it.
 * The seven-factor framework names safety and equity as one of the things a technology rollout has
 * to get right; mitigations are actions of the determinant module's action plan, so they have
 * owners, due dates and land in inboxes like any other action.
 */
@NullMarked
package org.uptake.risk;

import org.jspecify.annotations.NullMarked;
