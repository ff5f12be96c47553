package org.uptake.implementation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * Published inside the transaction of a change to a unit's plan when the day its go-live phase
 * actually began is set, moved or cleared, after the change is written, so that tables derived from
 * go-live days (the adoption dashboard's sums) can follow in the same transaction.
 *
 * @param implementation the implementation
 * @param unit the unit
 * @param before the go-live day before the change (null: none)
 * @param after the go-live day now (null: none)
 */
public record GoLiveChanged(
    ImplementationId implementation,
    UnitId unit,
    @Nullable LocalDate before,
    @Nullable LocalDate after) {}
