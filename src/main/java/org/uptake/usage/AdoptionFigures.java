package org.uptake.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;

/**
 * The adoption dashboard of one implementation for one reader and filter. "Staff" are the active
 * staff of the units taking part, counted from their unit's go-live: those who should use the
 * service. Only use on or after the unit's go-live counts. Every figure is a count; shares are
 * given beside the count, and counts under {@link #SMALL} people are marked as small.
 *
 * @param units the units in view (taking part, allowed to the reader, chosen by the filter), live
 *     or not yet
 * @param days active users day by day, all units and groups in view together
 * @param total week by week and for the whole period, all in view together
 * @param byUnit the same for each unit in view
 * @param byGroup the same for each professional group in view
 * @param features for each feature of the service, how many staff used it in the period
 * @param otherActions actions in the log that are no feature of the service, with their users
 * @param cohorts units grouped by the month they went live: who was active 1, 2, 4, 8 and 12 weeks
 *     after go-live
 * @param trainingToUse days from a person's (first) training to their first use
 */
public record AdoptionFigures(
    ImplementationId implementation,
    LocalDate from,
    LocalDate to,
    LocalDate today,
    List<UnitInView> units,
    List<ProfessionalGroup> groups,
    List<DayCount> days,
    Breakdown total,
    List<Breakdown> byUnit,
    List<Breakdown> byGroup,
    List<FeatureUse> features,
    List<FeatureUse> otherActions,
    List<Cohort> cohorts,
    TrainingToUse trainingToUse) {

  /** Fewer people than this make a share say little about a group; the count is still shown. */
  public static final int SMALL = 5;

  /** The weeks after go-live at which each cohort is looked at. */
  public static final List<Integer> COHORT_WEEKS = List.of(1, 2, 4, 8, 12);

  /** A unit in view and the day it went live (null: not yet). */
  public record UnitInView(UnitId id, String name, @Nullable LocalDate goLive) {}

  /**
   * Staff who should use the service, those of them trained, those active, and those both trained
   * and active, at one time or over one span.
   */
  public record Count(long staff, long trained, long active, long activeTrained) {

    public static final Count NONE = new Count(0, 0, 0, 0);

    /** Active as a percentage of the staff, one decimal; null when there are no staff. */
    public @Nullable BigDecimal activePercent() {
      return percent(active, staff);
    }

    /** Active among the trained, as a percentage of the trained; null when no one is trained. */
    public @Nullable BigDecimal trainedActivePercent() {
      return percent(activeTrained, trained);
    }

    /** Trained as a percentage of the staff. */
    public @Nullable BigDecimal trainedPercent() {
      return percent(trained, staff);
    }

    /** Whether there are so few staff that a share says little. */
    public boolean small() {
      return staff > 0 && staff < SMALL;
    }
  }

  public record DayCount(LocalDate day, Count count) {}

  /** An ISO week (Monday to Sunday, cut to the period at its ends). */
  public record WeekCount(LocalDate monday, Count count) {

    /** The ISO week as 2026-W09. */
    public String isoWeek() {
      return String.format(
          "%d-W%02d",
          monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
  }

  /**
   * One part of the staff in view (all, a unit, a group): week by week, and over the whole period
   * (staff and trained at its end; active at least once in it).
   *
   * @param key "" for all, a unit's id, or a professional group's name
   */
  public record Breakdown(String key, Count period, List<WeekCount> weeks) {}

  /** How many of the staff (those live by the end of the period) used a feature in the period. */
  public record FeatureUse(String name, long users, long staff) {

    public @Nullable BigDecimal percent() {
      return AdoptionFigures.percent(users, staff);
    }
  }

  /** The units that went live in one month, and their staff. */
  public record Cohort(String month, long staff, List<CohortWeek> weeks) {

    public boolean small() {
      return staff > 0 && staff < SMALL;
    }
  }

  /**
   * Week {@code week} after go-live (week 1 is the go-live day and the six after it): of the
   * cohort's staff whose week has passed ({@code reached}), how many used the service in it.
   */
  public record CohortWeek(int week, long reached, long active) {

    public @Nullable BigDecimal percent() {
      return AdoptionFigures.percent(active, reached);
    }
  }

  /**
   * Of the staff trained (by the end of the period), how many used the service on or after their
   * first training day, and the days it took them: quartiles, or null when no one has used it yet.
   */
  public record TrainingToUse(
      long trained,
      long used,
      @Nullable BigDecimal firstQuartile,
      @Nullable BigDecimal median,
      @Nullable BigDecimal thirdQuartile) {

    public long neverUsed() {
      return trained - used;
    }
  }

  static @Nullable BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
