package org.uptake.usage;

/** How a source writes the time of an event. */
public enum TimeFormat {
  /** ISO-8601 date and time with an offset: {@code 2026-03-01T08:15:00+02:00} or {@code ...Z}. */
  ISO_OFFSET,
  /** Milliseconds since 1970-01-01T00:00Z, as a whole number. */
  EPOCH_MILLIS
}
