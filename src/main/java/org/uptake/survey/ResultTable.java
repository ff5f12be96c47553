package org.uptake.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The units × groups table behind a wave's results: sums counts, scores and answers of its cells
 * into the rows of a breakdown, and suppresses each measure on the people it covers, once for the
 * whole table so that every breakdown shows the same pattern. Plain Java.
 */
final class ResultTable {

  /** The respondents of one unit and one professional group (either may be unknown: null). */
  record Cell(@Nullable UUID unit, @Nullable String group) {}

  /** What a measure adds up in a cell: people, the numbers some of them gave, and their answers. */
  static final class Sum {
    int n;
    int numeric;
    double total;
    final Map<String, Integer> answers = new HashMap<>();

    void add(Sum other) {
      n += other.n;
      numeric += other.numeric;
      total += other.total;
      other.answers.forEach((answer, count) -> answers.merge(answer, count, Integer::sum));
    }
  }

  private final List<@Nullable UUID> units;
  private final List<@Nullable String> groups;

  ResultTable(Collection<Cell> cells, List<UUID> unitOrder) {
    Set<@Nullable UUID> seenUnits = new LinkedHashSet<>();
    for (UUID unit : unitOrder) {
      if (cells.stream().anyMatch(c -> unit.equals(c.unit()))) {
        seenUnits.add(unit);
      }
    }
    cells.stream().map(Cell::unit).filter(Objects::nonNull).forEach(seenUnits::add);
    if (cells.stream().anyMatch(c -> c.unit() == null)) {
      seenUnits.add(null);
    }
    units = new ArrayList<>(seenUnits);
    List<@Nullable String> named =
        new ArrayList<>(
            cells.stream().map(Cell::group).filter(Objects::nonNull).distinct().sorted().toList());
    if (cells.stream().anyMatch(c -> c.group() == null)) {
      named.add(null);
    }
    groups = named;
  }

  /**
   * The rows of a breakdown. A reader limited to some units gets only their rows, and no whole-wave
   * or whole-group rows; for them "by group" is shown as their units × groups.
   */
  List<ResultSheet.Row> rows(ResultBreakdown by, @Nullable Set<UUID> only) {
    List<ResultSheet.Row> rows = new ArrayList<>();
    switch (shown(by, only)) {
      case UNIT -> {
        for (UUID unit : units) {
          if (visible(unit, only)) {
            rows.add(new ResultSheet.Row(ResultBreakdown.UNIT, unit, null));
          }
        }
      }
      case GROUP -> {
        for (String group : groups) {
          rows.add(new ResultSheet.Row(ResultBreakdown.GROUP, null, group));
        }
      }
      case UNIT_GROUP -> {
        for (UUID unit : units) {
          for (String group : groups) {
            if (visible(unit, only)) {
              rows.add(new ResultSheet.Row(ResultBreakdown.UNIT_GROUP, unit, group));
            }
          }
        }
      }
    }
    if (only == null) {
      rows.add(ResultSheet.Row.WHOLE);
    }
    return rows;
  }

  /** The breakdown the rows of {@link #rows} are in. */
  static ResultBreakdown shown(ResultBreakdown by, @Nullable Set<UUID> only) {
    return only != null && by == ResultBreakdown.GROUP ? ResultBreakdown.UNIT_GROUP : by;
  }

  private static boolean visible(@Nullable UUID unit, @Nullable Set<UUID> only) {
    return only == null || unit != null && only.contains(unit);
  }

  /** The measure's grid suppressed with k, then summed into the rows. */
  List<ResultFigure> figures(Map<Cell, Sum> measure, List<ResultSheet.Row> rows, int k) {
    Suppression.Grid grid = Suppression.grid(counts(measure), k);
    List<ResultFigure> figures = new ArrayList<>();
    for (ResultSheet.Row row : rows) {
      if (hidden(grid, row)) {
        figures.add(ResultFigure.hidden());
        continue;
      }
      Sum sum = new Sum();
      measure.forEach(
          (cell, part) -> {
            if (covers(row, cell)) {
              sum.add(part);
            }
          });
      figures.add(
          new ResultFigure(
              false, sum.n, sum.numeric == 0 ? null : sum.total / sum.numeric, sum.answers));
    }
    return figures;
  }

  /** Whether each row is hidden in the grid of these counts. */
  boolean[] hidden(Map<Cell, Integer> counts, List<ResultSheet.Row> rows, int k) {
    Map<Cell, Sum> measure = new HashMap<>();
    counts.forEach(
        (cell, n) -> {
          Sum sum = new Sum();
          sum.n = n;
          measure.put(cell, sum);
        });
    Suppression.Grid grid = Suppression.grid(counts(measure), k);
    boolean[] hidden = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      hidden[i] = hidden(grid, rows.get(i));
    }
    return hidden;
  }

  /** The sum of the counts in a row's cells. */
  static int sum(Map<Cell, Integer> counts, ResultSheet.Row row) {
    return counts.entrySet().stream()
        .filter(e -> covers(row, e.getKey()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private int[][] counts(Map<Cell, Sum> measure) {
    int[][] counts = new int[units.size()][groups.size()];
    measure.forEach(
        (cell, sum) -> {
          int r = units.indexOf(cell.unit());
          int c = groups.indexOf(cell.group());
          if (r >= 0 && c >= 0) {
            counts[r][c] += sum.n;
          }
        });
    return counts;
  }

  private boolean hidden(Suppression.Grid grid, ResultSheet.Row row) {
    ResultBreakdown by = row.by();
    if (by == null) {
      return grid.totalHidden();
    }
    int r = units.indexOf(row.unit());
    int c = groups.indexOf(row.group());
    return switch (by) {
      case UNIT -> grid.row(r);
      case GROUP -> grid.column(c);
      case UNIT_GROUP -> grid.cell(r, c);
    };
  }

  private static boolean covers(ResultSheet.Row row, Cell cell) {
    ResultBreakdown by = row.by();
    if (by == null) {
      return true;
    }
    boolean unit = Objects.equals(row.unit(), cell.unit());
    boolean group = Objects.equals(row.group(), cell.group());
    return switch (by) {
      case UNIT -> unit;
      case GROUP -> group;
      case UNIT_GROUP -> unit && group;
    };
  }
}
