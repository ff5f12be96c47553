package org.uptake.implementation;

import java.util.Locale;

/** Where an implementation stands as a whole, as its lead sets it. */
public enum ImplementationStatus {
  PLANNING,
  IN_PROGRESS,
  PAUSED,
  COMPLETED;

  public String messageKey() {
    return "implementation.status." + name().toLowerCase(Locale.ROOT);
  }
}
