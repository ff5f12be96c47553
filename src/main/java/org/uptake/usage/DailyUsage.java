package org.uptake.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the daily rollup: how one person used one feature on one day.
 *
 * @param source the log, which names the feature
 * @param userId the person's id in the log
 * @param day the day in the organisation's time zone
 * @param action the feature or action
 * @param count how many events
 * @param firstUse the earliest event of the day
 * @param lastUse the latest event of the day
 */
public record DailyUsage(
    String source,
    String userId,
    LocalDate day,
    String action,
    long count,
    Instant firstUse,
    Instant lastUse) {

  public DailyUsage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(action, "action");
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    if (firstUse.isAfter(lastUse)) {
      throw new IllegalArgumentException("first use must not be after last use");
    }
  }

  /**
   * The row for both this row's events and another's of the same person, day and feature: what the
   * database's upsert does ({@code count = count + excluded.count, first_use = least(...), last_use
   * = greatest(...)}).
   */
  public DailyUsage plus(DailyUsage other) {
    if (!sameCell(other)) {
      throw new IllegalArgumentException("rows of different people, days or features");
    }
    return new DailyUsage(
        source,
        userId,
        day,
        action,
        Math.addExact(count, other.count),
        firstUse.isBefore(other.firstUse) ? firstUse : other.firstUse,
        lastUse.isAfter(other.lastUse) ? lastUse : other.lastUse);
  }

  boolean sameCell(DailyUsage other) {
    return source.equals(other.source)
        && userId.equals(other.userId)
        && day.equals(other.day)
        && action.equals(other.action);
  }
}
