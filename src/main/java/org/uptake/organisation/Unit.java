package org.uptake.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A unit of the organisation. Units are deactivated, never deleted, so their history stays
 * readable.
 */
public record Unit(
    UnitId id,
    String code,
    String name,
    @Nullable String description,
    boolean active,
    int staffCount) {}
