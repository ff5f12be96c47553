package org.uptake.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-group suppression: which figures of a results table may be shown so that no one can learn
 * about a group of fewer than k people, neither from a figure nor by subtracting shown figures from
 * one another.
 *
 * <p>A table is a list of counts (respondents per cell, and the totals shown beside them) and the
 * relations between them: a total and the cells that add up to it. The rule, applied until nothing
 * changes (docs/surveys.md, "Small-group suppression"):
 *
 * <ol>
 *   <li>every figure covering fewer than k people (none included) is hidden (primary suppression);
 *   <li>in every relation, if exactly one member is hidden, or its shown total minus its shown
 *       parts leaves fewer than k people, one more member is hidden: the smallest shown part, or
 *       the total if every part is hidden (complementary suppression);
 *   <li>finally the relations are solved as a linear system: a hidden figure that the shown figures
 *       fix (through any chain of relations, such as row and column totals together) gets one more
 *       of its relations' figures hidden, and the check runs again.
 * </ol>
 *
 * Plain Java, no Spring: the rule is tested on its own with thousands of random tables.
 */
public final class Suppression {

  /** The smallest group shown unless a wave says otherwise. */
  public static final int DEFAULT_K = 10;

  /** The smallest k allowed: groups of fewer than five are never shown. */
  public static final int MIN_K = 5;

  private static final double EPSILON = 1e-9;

  private Suppression() {}

  /**
   * A total and the figures that add up to it, by their index in the table.
   *
   * @param total the index of the total
   * @param parts the indexes of its parts
   */
  public record Relation(int total, List<Integer> parts) {
    public Relation {
      parts = List.copyOf(parts);
    }
  }

  /**
   * Checks k.
   *
   * @throws IllegalArgumentException for k below {@link #MIN_K}
   */
  public static int checkK(int k) {
    if (k < MIN_K) {
      throw new IllegalArgumentException("k must be at least " + MIN_K + ", was " + k);
    }
    return k;
  }

  /**
   * Which figures to hide.
   *
   * @param counts the number of people each figure covers
   * @param relations the totals shown beside their parts
   * @return true at the index of each figure to hide
   */
  public static boolean[] hide(int[] counts, List<Relation> relations, int k) {
    checkK(k);
    boolean[] hidden = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = counts[i] < k;
    }
    while (true) {
      boolean changed = complementary(counts, relations, hidden, k);
      if (!changed) {
        changed = breakDetermined(counts, relations, hidden);
      }
      if (!changed) {
        return hidden;
      }
    }
  }

  /** One pass of rule 2; true if it hid anything. */
  private static boolean complementary(
      int[] counts, List<Relation> relations, boolean[] hidden, int k) {
    boolean changed = false;
    boolean again = true;
    while (again) {
      again = false;
      for (Relation relation : relations) {
        int unknown = hidden[relation.total()] ? 1 : 0;
        int hiddenSum = 0;
        for (int part : relation.parts()) {
          if (hidden[part]) {
            unknown++;
            hiddenSum += counts[part];
          }
        }
        boolean exact = unknown == 1;
        boolean smallRemainder = !hidden[relation.total()] && unknown > 0 && hiddenSum < k;
        if (exact || smallRemainder) {
          if (hideOneMore(counts, relation, hidden)) {
            changed = true;
            again = true;
          }
        }
      }
    }
    return changed;
  }

  /** Hides the smallest shown part, or the total if every part is hidden; false if all were. */
  private static boolean hideOneMore(int[] counts, Relation relation, boolean[] hidden) {
    int pick = -1;
    for (int part : relation.parts()) {
      if (!hidden[part] && (pick < 0 || counts[part] < counts[pick])) {
        pick = part;
      }
    }
    if (pick < 0 && !hidden[relation.total()]) {
      pick = relation.total();
    }
    if (pick < 0) {
      return false;
    }
    hidden[pick] = true;
    return true;
  }

  /** Rule 3: hides one more figure if the shown ones fix a hidden one; true if it did. */
  private static boolean breakDetermined(int[] counts, List<Relation> relations, boolean[] hidden) {
    boolean[] fixed = determined(hidden, relations);
    for (int i = 0; i < fixed.length; i++) {
      if (!fixed[i]) {
        continue;
      }
      for (Relation relation : relations) {
        if ((relation.total() == i || relation.parts().contains(i))
            && hideOneMore(counts, relation, hidden)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Which hidden figures the shown ones fix: solves the relations (total − parts = 0) for the
   * hidden figures; a hidden figure is fixed if it takes one value in every solution, that is, if
   * its column is a pivot whose row has no free column.
   */
  public static boolean[] determined(boolean[] hidden, List<Relation> relations) {
    int[] column = new int[hidden.length];
    List<Integer> unknowns = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      column[i] = hidden[i] ? unknowns.size() : -1;
      if (hidden[i]) {
        unknowns.add(i);
      }
    }
    int n = unknowns.size();
    boolean[] result = new boolean[hidden.length];
    if (n == 0) {
      return result;
    }
    double[][] m = new double[relations.size()][n];
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      if (hidden[relation.total()]) {
        m[r][column[relation.total()]] += 1;
      }
      for (int part : relation.parts()) {
        if (hidden[part]) {
          m[r][column[part]] -= 1;
        }
      }
    }
    int[] pivotColumnOfRow = new int[m.length];
    Arrays.fill(pivotColumnOfRow, -1);
    boolean[] pivot = new boolean[n];
    int row = 0;
    for (int c = 0; c < n && row < m.length; c++) {
      int best = row;
      for (int r = row + 1; r < m.length; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
          best = r;
        }
      }
      if (Math.abs(m[best][c]) < EPSILON) {
        continue;
      }
      double[] swap = m[row];
      m[row] = m[best];
      m[best] = swap;
      double lead = m[row][c];
      for (int j = 0; j < n; j++) {
        m[row][j] /= lead;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != row && Math.abs(m[r][c]) > EPSILON) {
          double factor = m[r][c];
          for (int j = 0; j < n; j++) {
            m[r][j] -= factor * m[row][j];
          }
        }
      }
      pivot[c] = true;
      pivotColumnOfRow[row] = c;
      row++;
    }
    for (int r = 0; r < row; r++) {
      int c = pivotColumnOfRow[r];
      boolean free = false;
      for (int j = 0; j < n && !free; j++) {
        free = !pivot[j] && Math.abs(m[r][j]) > EPSILON;
      }
      if (!free) {
        result[unknowns.get(c)] = true;
      }
    }
    return result;
  }

  /**
   * A two-way table (for example units × professional groups) shown with its row totals, column
   * totals and grand total: what to hide of each. Showing the rows' totals next to the crossed
   * cells is the same as showing "by unit" and "by unit × group" side by side, so one pattern
   * serves every breakdown of a wave.
   *
   * @param cells counts by row and column
   */
  public static Grid grid(int[][] cells, int k) {
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    int size = rows * columns + rows + columns + 1;
    int[] counts = new int[size];
    int grand = size - 1;
    List<Relation> relations = new ArrayList<>();
    List<Integer> rowTotals = new ArrayList<>();
    List<Integer> columnTotals = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Integer> parts = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        counts[r * columns + c] = cells[r][c];
        counts[rows * columns + r] += cells[r][c];
        counts[rows * columns + rows + c] += cells[r][c];
        counts[grand] += cells[r][c];
        parts.add(r * columns + c);
      }
      relations.add(new Relation(rows * columns + r, parts));
      rowTotals.add(rows * columns + r);
    }
    for (int c = 0; c < columns; c++) {
      List<Integer> parts = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        parts.add(r * columns + c);
      }
      relations.add(new Relation(rows * columns + rows + c, parts));
      columnTotals.add(rows * columns + rows + c);
    }
    relations.add(new Relation(grand, rowTotals));
    relations.add(new Relation(grand, columnTotals));
    boolean[] hidden = hide(counts, relations, k);
    boolean[][] cellHidden = new boolean[rows][columns];
    boolean[] rowHidden = new boolean[rows];
    boolean[] columnHidden = new boolean[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        cellHidden[r][c] = hidden[r * columns + c];
      }
      rowHidden[r] = hidden[rows * columns + r];
    }
    for (int c = 0; c < columns; c++) {
      columnHidden[c] = hidden[rows * columns + rows + c];
    }
    return new Grid(cellHidden, rowHidden, columnHidden, hidden[grand]);
  }

  /** What to hide of a two-way table and its totals. */
  public record Grid(
      boolean[][] cellHidden, boolean[] rowHidden, boolean[] columnHidden, boolean totalHidden) {

    public boolean cell(int row, int column) {
      return cellHidden[row][column];
    }

    public boolean row(int row) {
      return rowHidden[row];
    }

    public boolean column(int column) {
      return columnHidden[column];
    }
  }

  /** Free-text answers are shown only for groups of at least k. */
  public static boolean textsShown(int respondents, int k) {
    return respondents >= checkK(k);
  }

  /**
   * The points of a trend across the waves of a series that may be shown. A point is hidden if it
   * covers fewer than k people, or if a shown earlier point's audience differs from its own by
   * fewer than k people (but some): the difference between the two would then tell about those few.
   *
   * @param respondents the respondents of each wave, in order
   * @param audienceChange {@code audienceChange[a][b]}: how many people were invited to exactly one
   *     of waves a and b
   */
  public static boolean[] acrossWaves(int[] respondents, int[][] audienceChange, int k) {
    checkK(k);
    boolean[] hidden = new boolean[respondents.length];
    for (int b = 0; b < respondents.length; b++) {
      hidden[b] = respondents[b] < k;
      for (int a = 0; a < b && !hidden[b]; a++) {
        int change = audienceChange[a][b];
        hidden[b] = !hidden[a] && change > 0 && change < k;
      }
    }
    return hidden;
  }
}
