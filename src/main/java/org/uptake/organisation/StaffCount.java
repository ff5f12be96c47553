package org.uptake.organisation;

import org.jspecify.annotations.Nullable;

/**
 * How many active staff of a professional group work a shift pattern in a unit: a head count with
 * no person in it, for planning who must be heard or trained.
 */
public record StaffCount(
    UnitId unit, ProfessionalGroup group, @Nullable ShiftPattern shiftPattern, int count) {}
