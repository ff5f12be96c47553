package org.uptake.usage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;

/**
 * What the adoption dashboard shows: some units and professional groups (empty: all that the reader
 * may see), over a period of days, both ends included.
 */
public record AdoptionFilter(
    Set<UnitId> units,
    Set<ProfessionalGroup> groups,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /** The longest period shown, so that a day-by-day table stays readable. */
  public static final int MAX_DAYS = 731;

  /** The weeks shown when no period is given: this ISO week and the eleven before it. */
  public static final int DEFAULT_WEEKS = 12;

  public AdoptionFilter {
    units = Set.copyOf(units);
    groups = Set.copyOf(groups);
  }

  public static AdoptionFilter everything() {
    return new AdoptionFilter(Set.of(), Set.of(), null, null);
  }

  /** The last day shown: the given one, else today. */
  public LocalDate toOr(LocalDate today) {
    return to == null ? today : to;
  }

  /**
   * The first day shown: the given one, else the Monday eleven weeks before the last day's week.
   */
  public LocalDate fromOr(LocalDate today) {
    if (from != null) {
      return from;
    }
    return toOr(today)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(DEFAULT_WEEKS - 1);
  }

  /**
   * Refuses a period that runs backwards or is longer than {@link #MAX_DAYS}.
   *
   * @throws IllegalArgumentException for such a period
   */
  void check(LocalDate today) {
    LocalDate first = fromOr(today);
    LocalDate last = toOr(today);
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("the period ends before it begins");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw new IllegalArgumentException("the period is longer than " + MAX_DAYS + " days");
    }
  }
}
