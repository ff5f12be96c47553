package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random tables (units × groups with their row, column and grand totals, as the
 * results pages show them side by side): no shown figure covers fewer than k people, and no hidden
 * figure can be worked out from the shown ones, neither by subtracting along one row, column or
 * total, nor through any chain of them. The chain check here is independent of the one in {@link
 * Suppression}: it reads the table as a graph (rows and columns, with the totals as one more row
 * and column; each hidden figure an edge) in which a hidden figure is fixed exactly when its edge
 * lies on no cycle. Seeded, so a failure can be replayed: the seed and case are in its message.
 */
class SuppressionPropertyTest {

  private static final int CASES_PER_SEED = 1_000;

  @ParameterizedTest
  @ValueSource(longs = {1L, 20261124L, 42L})
  void noShownFigureIsASmallGroupAndNoHiddenOneCanBeWorkedOut(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < CASES_PER_SEED; n++) {
      int rows = 1 + random.nextInt(8);
      int columns = 1 + random.nextInt(6);
      int k = Suppression.MIN_K + random.nextInt(11);
      int[][] cells = new int[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          cells[r][c] = count(random, k);
        }
      }
      String label =
          "seed " + seed + " case " + n + " k " + k + " " + java.util.Arrays.deepToString(cells);

      Suppression.Grid grid = Suppression.grid(cells, k);

      int[] counts = figures(cells);
      boolean[] hidden = SuppressionTest.hiddenFigures(grid, rows, columns);
      for (int i = 0; i < counts.length; i++) {
        if (!hidden[i]) {
          assertThat(counts[i]).as(label + " shown figure " + i).isGreaterThanOrEqualTo(k);
        }
      }
      for (Suppression.Relation relation : SuppressionTest.relations(rows, columns)) {
        int hiddenParts = 0;
        int hiddenSum = 0;
        for (int part : relation.parts()) {
          if (hidden[part]) {
            hiddenParts++;
            hiddenSum += counts[part];
          }
        }
        if (hidden[relation.total()]) {
          assertThat(hiddenParts).as(label + " total = its shown parts " + relation).isPositive();
        } else {
          assertThat(hiddenParts)
              .as(label + " one part = total − the others " + relation)
              .isNotEqualTo(1);
          if (hiddenParts > 0) {
            assertThat(hiddenSum)
                .as(label + " total − shown parts is a small group " + relation)
                .isGreaterThanOrEqualTo(k);
          }
        }
      }
      assertThat(bridges(hidden, rows, columns))
          .as(label + " hidden figures fixed by chains")
          .isEmpty();
    }
  }

  /** Mostly small groups, some empty, some large, as in a real organisation's units. */
  private static int count(Random random, int k) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(k);
      case 1 -> random.nextInt(3);
      default -> random.nextInt(4 * k);
    };
  }

  private static int[] figures(int[][] cells) {
    int rows = cells.length;
    int columns = cells[0].length;
    int[] counts = new int[rows * columns + rows + columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        counts[r * columns + c] = cells[r][c];
        counts[rows * columns + r] += cells[r][c];
        counts[rows * columns + rows + c] += cells[r][c];
        counts[counts.length - 1] += cells[r][c];
      }
    }
    return counts;
  }

  /**
   * The hidden figures that lie on no cycle of the graph whose vertices are the rows and columns
   * (the totals being row {@code rows} and column {@code columns}) and whose edges are the hidden
   * figures.
   */
  private static List<String> bridges(boolean[] hidden, int rows, int columns) {
    List<int[]> edges = new ArrayList<>();
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        if (hidden[index(r, c, rows, columns)]) {
          edges.add(new int[] {r, rows + 1 + c});
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      if (!connectedWithout(edges, e, rows + columns + 2)) {
        found.add("row " + edges.get(e)[0] + " column " + (edges.get(e)[1] - rows - 1));
      }
    }
    return found;
  }

  private static int index(int r, int c, int rows, int columns) {
    if (r < rows && c < columns) {
      return r * columns + c;
    }
    if (r < rows) {
      return rows * columns + r;
    }
    if (c < columns) {
      return rows * columns + rows + c;
    }
    return rows * columns + rows + columns;
  }

  private static boolean connectedWithout(List<int[]> edges, int skip, int vertices) {
    int from = edges.get(skip)[0];
    int to = edges.get(skip)[1];
    boolean[] seen = new boolean[vertices];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int e = 0; e < edges.size(); e++) {
        if (e == skip) {
          continue;
        }
        int[] edge = edges.get(e);
        int other = edge[0] == v ? edge[1] : edge[1] == v ? edge[0] : -1;
        if (other >= 0 && !seen[other]) {
          seen[other] = true;
          queue.add(other);
        }
      }
    }
    return seen[to];
  }
}
