package org.uptake.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The results of a wave in one breakdown, as the page and the exports show them, with small groups
 * already suppressed ({@link Suppression}). Every list of figures is aligned with {@link #rows()}.
 *
 * @param rows the breakdown's rows; the whole wave last, unless the reader sees only some units
 * @param respondents the number of respondents of each row
 * @param texts the free-text answers by item, only where the group is at least k
 */
public record ResultSheet(
    ResultWave wave,
    Instrument instrument,
    ResultBreakdown by,
    List<Row> rows,
    List<ResultFigure> respondents,
    List<Line> constructs,
    List<Line> items,
    List<Rate> rates,
    List<TrendPoint> trend,
    Map<String, List<String>> texts) {

  /**
   * A row: a unit, a professional group, a unit and group, or the whole wave.
   *
   * @param by what the row is one of; null for the whole wave
   * @param unit the unit, null for answers with no unit
   * @param group a professional group's code, null for answers with no group
   */
  public record Row(@Nullable ResultBreakdown by, @Nullable UUID unit, @Nullable String group) {

    public static final Row WHOLE = new Row(null, null, null);

    public boolean whole() {
      return by == null;
    }
  }

  /** A construct (by code) or an item (by linkId) with its figure in each row. */
  public record Line(String code, List<ResultFigure> figures) {}

  /** A row's response rate; invited and answered are 0 where suppressed. */
  public record Rate(boolean suppressed, int invited, int answered) {

    public double percent() {
      return invited == 0 ? 0 : 100.0 * answered / invited;
    }
  }

  /** One wave of the series in a trend row: its construct figures by construct code. */
  public record TrendPoint(
      UUID wave, String name, LocalDate opensOn, Row row, Map<String, ResultFigure> constructs) {}

  /** The whole-wave figures, or null if the reader sees only some units. */
  public @Nullable Integer wholeIndex() {
    return !rows.isEmpty() && rows.getLast().whole() ? rows.size() - 1 : null;
  }
}
