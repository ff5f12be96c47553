package org.uptake.usage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One episode of a person not using the service. Its identity is the person, the kind and the day
 * it started from, none of which change while the episode lasts: assessing the same person again
 * tomorrow gives an equal {@code Lapse}, so a follow-up is opened once per episode, not every
 * night. Using the service ends the episode; stopping again later starts a new one, from a later
 * day.
 *
 * @param userId the person's id in the usage log
 * @param kind never started, or stopped
 * @param since the unit's go-live day (never started) or the last day of use (stopped)
 */
public record Lapse(String userId, LapseKind kind, LocalDate since) {

  public Lapse {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(since, "since");
  }
}
