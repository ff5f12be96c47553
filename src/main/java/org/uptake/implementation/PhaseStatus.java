package org.uptake.implementation;

import java.util.Locale;

/** Where a phase stands on a given day. */
public enum PhaseStatus {
  NOT_PLANNED,
  PLANNED,
  /** Its planned start has passed and it has not started. */
  LATE,
  IN_PROGRESS,
  DONE;

  public String messageKey() {
    return "phase.status." + name().toLowerCase(Locale.ROOT);
  }
}
