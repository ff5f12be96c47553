package org.uptake.implementation;

import java.time.LocalDate;
import java.util.Objects;

/** From one day to another, both included; the end is never before the start. */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new PlanRuleException("plannedEnd", "phase.error.end-before-start", start);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
