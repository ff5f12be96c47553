package org.uptake.implementation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One phase of one unit: when it is planned, and when it actually started and ended. Actual dates
 * record what has happened, so they are never in the future, an end needs a start, and neither runs
 * backwards. Changes return a new phase; a refused change throws {@link PlanRuleException} with the
 * reason.
 */
public record Phase(
    PhaseName name,
    @Nullable DateRange planned,
    @Nullable LocalDate actualStart,
    @Nullable LocalDate actualEnd) {

  public Phase {
    Objects.requireNonNull(name, "name");
    if (actualEnd != null && actualStart == null) {
      throw new PlanRuleException("actualEnd", "phase.error.end-without-start");
    }
    if (actualEnd != null && actualEnd.isBefore(actualStart)) {
      throw new PlanRuleException("actualEnd", "phase.error.actual-end-before-start", actualStart);
    }
  }

  public static Phase notPlanned(PhaseName name) {
    return new Phase(name, null, null, null);
  }

  /** Plans the phase for these dates, or leaves it unplanned with null. */
  public Phase plan(@Nullable DateRange dates) {
    return new Phase(name, dates, actualStart, actualEnd);
  }

  /** Records that the phase began on a day. */
  public Phase start(LocalDate on, LocalDate today) {
    if (actualStart != null) {
      throw new PlanRuleException("actualStart", "phase.error.already-started", actualStart);
    }
    notFuture("actualStart", on, today);
    return new Phase(name, planned, on, null);
  }

  /** Records that the phase ended on a day. */
  public Phase finish(LocalDate on, LocalDate today) {
    if (actualStart == null) {
      throw new PlanRuleException("actualEnd", "phase.error.not-started");
    }
    if (actualEnd != null) {
      throw new PlanRuleException("actualEnd", "phase.error.already-finished", actualEnd);
    }
    notFuture("actualEnd", on, today);
    return new Phase(name, planned, actualStart, on);
  }

  /** Corrects the actual dates as a whole, for when they were recorded wrong. */
  public Phase correctActual(@Nullable LocalDate start, @Nullable LocalDate end, LocalDate today) {
    if (start != null) {
      notFuture("actualStart", start, today);
    }
    if (end != null) {
      notFuture("actualEnd", end, today);
    }
    return new Phase(name, planned, start, end);
  }

  public boolean started() {
    return actualStart != null;
  }

  public boolean finished() {
    return actualEnd != null;
  }

  public @Nullable LocalDate plannedStart() {
    return planned == null ? null : planned.start();
  }

  public @Nullable LocalDate plannedEnd() {
    return planned == null ? null : planned.end();
  }

  public PhaseStatus status(LocalDate today) {
    if (actualEnd != null) {
      return PhaseStatus.DONE;
    }
    if (actualStart != null) {
      return PhaseStatus.IN_PROGRESS;
    }
    if (planned == null) {
      return PhaseStatus.NOT_PLANNED;
    }
    return planned.start().isBefore(today) ? PhaseStatus.LATE : PhaseStatus.PLANNED;
  }

  private static void notFuture(String field, LocalDate day, LocalDate today) {
    if (day.isAfter(today)) {
      throw new PlanRuleException(field, "phase.error.future", today);
    }
  }
}
