package org.uptake.implementation.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.uptake.implementation.DateRange;
import org.uptake.implementation.Phase;

/**
 * A phase's four dates as typed. Planned dates come as a pair; the rules about order are the
 * domain's.
 */
class PhaseForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate plannedStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate plannedEnd;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate actualStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate actualEnd;

  static PhaseForm of(Phase phase) {
    PhaseForm form = new PhaseForm();
    form.plannedStart = phase.plannedStart();
    form.plannedEnd = phase.plannedEnd();
    form.actualStart = phase.actualStart();
    form.actualEnd = phase.actualEnd();
    return form;
  }

  void check(BindingResult errors) {
    if (plannedStart == null && plannedEnd != null) {
      errors.rejectValue("plannedStart", "phase.error.planned-incomplete");
    }
    if (plannedStart != null && plannedEnd == null) {
      errors.rejectValue("plannedEnd", "phase.error.planned-incomplete");
    }
  }

  /** The planned dates, or null for an unplanned phase; throws if the end is before the start. */
  @Nullable DateRange planned() {
    return plannedStart == null || plannedEnd == null
        ? null
        : new DateRange(plannedStart, plannedEnd);
  }

  public @Nullable LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(@Nullable LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public @Nullable LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public @Nullable LocalDate getActualStart() {
    return actualStart;
  }

  public void setActualStart(@Nullable LocalDate actualStart) {
    this.actualStart = actualStart;
  }

  public @Nullable LocalDate getActualEnd() {
    return actualEnd;
  }

  public void setActualEnd(@Nullable LocalDate actualEnd) {
    this.actualEnd = actualEnd;
  }
}
