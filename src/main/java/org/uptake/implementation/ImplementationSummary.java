package org.uptake.implementation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An implementation in the list: how many units take part and how many of them have gone live. */
public record ImplementationSummary(
    ImplementationId id,
    String name,
    String serviceName,
    ImplementationStatus status,
    @Nullable LocalDate startDate,
    int units,
    int liveUnits) {}
