package org.uptake.survey.wave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.survey.InstrumentId;

/**
 * A wave as its organisation sees it, with how many were invited and how many have answered.
 *
 * @param series the waves repeated from one another share it
 * @param units the audience's units (empty: all), for a units-and-groups audience
 * @param groups the audience's professional group codes (empty: all)
 */
public record Wave(
    WaveId id,
    InstrumentId instrument,
    UUID series,
    String name,
    boolean anonymous,
    boolean staffList,
    List<UUID> units,
    List<String> groups,
    LocalDate opensOn,
    LocalDate closesOn,
    @Nullable Integer reminderEveryDays,
    int maxReminders,
    int minGroup,
    WaveStatus status,
    int invited,
    int answered) {

  public Wave {
    units = List.copyOf(units);
    groups = List.copyOf(groups);
  }

  /** Answered as a share of invited, 0–100, or null before anyone is invited. */
  public @Nullable Integer responseRate() {
    return invited == 0 ? null : (int) Math.round(100.0 * answered / invited);
  }

  public boolean open() {
    return status == WaveStatus.OPEN;
  }

  public boolean draft() {
    return status == WaveStatus.DRAFT;
  }
}
