package org.uptake.implementation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

/** An implementation with its service and the plan of every unit taking part. */
public record Implementation(
    ImplementationId id,
    String name,
    @Nullable String goal,
    ImplementationStatus status,
    @Nullable LocalDate startDate,
    DigitalService service,
    List<UnitPlan> units) {

  public UnitPlan unit(UnitId unit) {
    return units.stream()
        .filter(plan -> plan.unit().equals(unit))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("unit"));
  }

  public boolean takesPart(UnitId unit) {
    return units.stream().anyMatch(plan -> plan.unit().equals(unit));
  }
}
