package org.uptake.implementation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * An implementation to start: of a service already known ({@code service}) or of a new one
 * described here ({@code newService}), exactly one of the two, with the units that take part from
 * the start.
 */
public record NewImplementation(
    @Nullable DigitalServiceId service,
    @Nullable DigitalServiceDetails newService,
    ImplementationDetails details,
    List<UnitId> units) {

  public NewImplementation {
    Objects.requireNonNull(details, "details");
    if ((service == null) == (newService == null)) {
      throw new IllegalArgumentException("name either an existing service or a new one");
    }
    units = List.copyOf(new java.util.LinkedHashSet<>(units));
  }
}
