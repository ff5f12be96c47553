package org.uptake.usage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Events rolled up per person, day and feature: the only thing dashboards read, because raw events
 * are far too many to scan.
 *
 * <p>The rollup of events that are not already counted can be added to the stored rollup row by row
 * ({@link #plus(UsageRollup)}), which is how the database keeps it up to date as events arrive:
 * {@code of(a ++ b) = of(a).plus(of(b))}. Events must be deduplicated first (by {@link
 * UsageEvent#dedupKey()}); the rollup counts what it is given.
 *
 * <p>Immutable; equal when the rows are equal.
 */
public final class UsageRollup {

  private static final Comparator<DailyUsage> ORDER =
      Comparator.comparing(DailyUsage::day)
          .thenComparing(DailyUsage::source)
          .thenComparing(DailyUsage::userId)
          .thenComparing(DailyUsage::action);

  private final List<DailyUsage> rows;

  private UsageRollup(Map<Cell, DailyUsage> cells) {
    this.rows = cells.values().stream().sorted(ORDER).toList();
  }

  /**
   * Rolls up events.
   *
   * @param events deduplicated events, in any order
   * @param zone the organisation's time zone, which decides the day of each event
   */
  public static UsageRollup of(Iterable<UsageEvent> events, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    Map<Cell, DailyUsage> cells = new HashMap<>();
    for (UsageEvent event : events) {
      LocalDate day = LocalDate.ofInstant(event.occurredAt(), zone);
      DailyUsage one =
          new DailyUsage(
              event.source(),
              event.userId(),
              day,
              event.action(),
              1,
              event.occurredAt(),
              event.occurredAt());
      cells.merge(Cell.of(one), one, DailyUsage::plus);
    }
    return new UsageRollup(cells);
  }

  /** The rollup of both this rollup's events and another's, which must not overlap. */
  public UsageRollup plus(UsageRollup other) {
    Map<Cell, DailyUsage> cells = new HashMap<>();
    for (DailyUsage row : rows) {
      cells.put(Cell.of(row), row);
    }
    for (DailyUsage row : other.rows) {
      cells.merge(Cell.of(row), row, DailyUsage::plus);
    }
    return new UsageRollup(cells);
  }

  /** The rows, ordered by day, source, user and feature. */
  public List<DailyUsage> rows() {
    return rows;
  }

  /** The last day each person used anything, for the lapsed-user rules. */
  public Map<String, LocalDate> lastUseDays() {
    Map<String, LocalDate> last = new HashMap<>();
    for (DailyUsage row : rows) {
      last.merge(row.userId(), row.day(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return Map.copyOf(last);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UsageRollup rollup && rows.equals(rollup.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "UsageRollup" + rows;
  }

  private record Cell(String source, String userId, LocalDate day, String action) {
    static Cell of(DailyUsage row) {
      return new Cell(row.source(), row.userId(), row.day(), row.action());
    }
  }
}
