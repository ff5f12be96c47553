package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static final int K = 10;

  @Test
  void aCellOfFewerThanKIsHiddenAndSoIsTheSmallestOtherPartOfItsShownTotal() {
    // parts 12, 3, 20 and their total 35: 35 − 12 − 20 would give the 3 back
    boolean[] hidden =
        Suppression.hide(
            new int[] {12, 3, 20, 35}, List.of(new Suppression.Relation(3, List.of(0, 1, 2))), K);

    assertThat(hidden).containsExactly(true, true, false, false);
  }

  @Test
  void twoHiddenPartsThatTogetherAreFewerThanKHideAThird() {
    // 3 + 2 = 5 people would be the difference of the total and the shown parts
    boolean[] hidden =
        Suppression.hide(
            new int[] {12, 3, 2, 20, 37},
            List.of(new Suppression.Relation(4, List.of(0, 1, 2, 3))),
            K);

    assertThat(hidden).containsExactly(true, true, true, false, false);
  }

  @Test
  void aTotalOfFewerThanKHidesAllItsParts() {
    boolean[] hidden =
        Suppression.hide(
            new int[] {4, 4, 8}, List.of(new Suppression.Relation(2, List.of(0, 1))), K);

    assertThat(hidden).containsExactly(true, true, true);
  }

  @Test
  void unitTotalsBesideUnitByGroupDoNotGiveTheSmallGroupAway() {
    // unit A: 15 nurses, 4 physicians; unit B: 30 nurses, 25 physicians. Shown "by unit" (A = 19)
    // beside "unit × group", the 4 would be 19 − 15; shown "by group" (physicians 29) beside it,
    // 29 − 25.
    Suppression.Grid grid = Suppression.grid(new int[][] {{15, 4}, {30, 25}}, K);

    assertThat(grid.cell(0, 1)).isTrue();
    assertThat(grid.cell(0, 0)).as("the rest of unit A's row").isTrue();
    assertThat(grid.cell(1, 1)).as("the rest of the physicians' column").isTrue();
    assertThat(grid.cell(1, 0))
        .as("the fourth corner: otherwise A's nurses = nurses' total − B's nurses")
        .isTrue();
    assertThat(grid.row(0)).as("unit A's total, 19, is not a small group").isFalse();
    assertThat(grid.totalHidden()).isFalse();
  }

  @Test
  void aHiddenCellThatRowAndColumnTotalsTogetherWouldFixGetsAnotherHidden() {
    // two blocks of four small cells joined by one more small cell, (1,2): every row and column has
    // two or more hidden cells adding up to 12 or more, yet the shown totals fix (1,2):
    // row 1's hidden sum + row 0's − column 0's − column 1's leaves exactly it
    int[][] cells = {
      {6, 6, 50, 50},
      {6, 6, 6, 50},
      {50, 50, 6, 6},
      {50, 50, 6, 6}
    };
    boolean[] primaryOnly = new boolean[4 * 4 + 4 + 4 + 1];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        primaryOnly[r * 4 + c] = cells[r][c] < K;
      }
    }
    assertThat(Suppression.determined(primaryOnly, relations(4, 4))[1 * 4 + 2])
        .as("the small cells alone would give (1,2) away")
        .isTrue();

    Suppression.Grid grid = Suppression.grid(cells, K);

    boolean[] hidden = hiddenFigures(grid, 4, 4);
    assertThat(Suppression.determined(hidden, relations(4, 4)))
        .as("no hidden figure is fixed by the shown ones")
        .doesNotContain(true);
    int count = 0;
    for (boolean h : hidden) {
      count += h ? 1 : 0;
    }
    assertThat(count).as("one more cell hidden than the nine small ones").isGreaterThan(9);
  }

  @Test
  void anEmptyCellIsHiddenLikeASmallOne() {
    Suppression.Grid grid = Suppression.grid(new int[][] {{0, 30}, {30, 30}}, K);

    assertThat(grid.cell(0, 0)).isTrue();
    assertThat(grid.cell(0, 1)).isTrue();
  }

  @Test
  void kIsNeverBelowFive() {
    assertThatThrownBy(() -> Suppression.grid(new int[][] {{1}}, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Suppression.checkK(5)).isEqualTo(5);
  }

  @Test
  void freeTextIsShownOnlyForGroupsOfAtLeastK() {
    assertThat(Suppression.textsShown(9, K)).isFalse();
    assertThat(Suppression.textsShown(10, K)).isTrue();
  }

  @Test
  void aWaveWhoseAudienceDiffersFromAShownOneByFewerThanKIsHiddenInTheTrend() {
    // wave 2 asked the same 40 people plus 3 new ones: its mean minus wave 1's would be about them
    int[][] change = {{0, 3, 40}, {3, 0, 37}, {40, 37, 0}};

    boolean[] hidden = Suppression.acrossWaves(new int[] {40, 43, 60}, change, K);

    assertThat(hidden).containsExactly(false, true, false);
  }

  @Test
  void aTrendPointOfFewerThanKIsHiddenAndTheSameAudienceIsNoChange() {
    int[][] change = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};

    assertThat(Suppression.acrossWaves(new int[] {40, 8, 35}, change, K))
        .containsExactly(false, true, false);
  }

  /** The figures of a grid in {@link Suppression#grid}'s order: cells, rows, columns, total. */
  static boolean[] hiddenFigures(Suppression.Grid grid, int rows, int columns) {
    boolean[] hidden = new boolean[rows * columns + rows + columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        hidden[r * columns + c] = grid.cell(r, c);
      }
      hidden[rows * columns + r] = grid.row(r);
    }
    for (int c = 0; c < columns; c++) {
      hidden[rows * columns + rows + c] = grid.column(c);
    }
    hidden[hidden.length - 1] = grid.totalHidden();
    return hidden;
  }

  static List<Suppression.Relation> relations(int rows, int columns) {
    List<Suppression.Relation> relations = new java.util.ArrayList<>();
    List<Integer> rowTotals = new java.util.ArrayList<>();
    List<Integer> columnTotals = new java.util.ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Integer> parts = new java.util.ArrayList<>();
      for (int c = 0; c < columns; c++) {
        parts.add(r * columns + c);
      }
      relations.add(new Suppression.Relation(rows * columns + r, parts));
      rowTotals.add(rows * columns + r);
    }
    for (int c = 0; c < columns; c++) {
      List<Integer> parts = new java.util.ArrayList<>();
      for (int r = 0; r < rows; r++) {
        parts.add(r * columns + c);
      }
      relations.add(new Suppression.Relation(rows * columns + rows + c, parts));
      columnTotals.add(rows * columns + rows + c);
    }
    int grand = rows * columns + rows + columns;
    relations.add(new Suppression.Relation(grand, rowTotals));
    relations.add(new Suppression.Relation(grand, columnTotals));
    return relations;
  }
}
