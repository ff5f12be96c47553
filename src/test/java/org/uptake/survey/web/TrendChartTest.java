package org.uptake.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.survey.Instrument;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultFigure;
import org.uptake.survey.ResultSheet;
import org.uptake.survey.ResultWave;
import org.uptake.survey.SampleInstruments;

/** The trend chart's geometry: where points fall on the scale, and gaps where a wave is hidden. */
class TrendChartTest {

  private static final Instrument SAMPLE = SampleInstruments.everything();

  @Test
  void aHiddenWaveBreaksTheLineAndAMeanFallsOnItsScale() {
    // "sense" (mean of 1–5 items): 1.0, 5.0, hidden, 3.0, 4.0; "effort" (sum 0–10): hidden in all
    List<ResultSheet.TrendPoint> points = new ArrayList<>();
    double[] sense = {1.0, 5.0, Double.NaN, 3.0, 4.0};
    for (int i = 0; i < sense.length; i++) {
      Map<String, ResultFigure> figures = new LinkedHashMap<>();
      figures.put(
          "sense",
          Double.isNaN(sense[i])
              ? ResultFigure.hidden()
              : new ResultFigure(false, 12, sense[i], Map.of()));
      figures.put("effort", ResultFigure.hidden());
      points.add(
          new ResultSheet.TrendPoint(
              UUID.randomUUID(),
              "Wave " + (i + 1),
              LocalDate.of(2026, 1 + i, 1),
              ResultSheet.Row.WHOLE,
              figures));
    }

    List<TrendChart.Chart> charts =
        TrendChart.of(sheet(points), Locale.ENGLISH, row -> "All", f -> "mean " + f.mean());

    assertThat(charts).hasSize(1);
    TrendChart.Chart chart = charts.getFirst();
    assertThat(chart.waves()).extracting(TrendChart.WaveLabel::text).contains("Wave 1", "Wave 5");
    // the scale runs from 0 (the sum's lowest) to 10 (its highest)
    assertThat(chart.ticks().getFirst().text()).isEqualTo("0");
    assertThat(chart.ticks().getFirst().y()).isEqualTo(TrendChart.BOTTOM);
    assertThat(chart.ticks().getLast().text()).isEqualTo("10");
    assertThat(chart.ticks().getLast().y()).isEqualTo(TrendChart.TOP);
    TrendChart.Line line = chart.lines().getFirst();
    assertThat(line.label()).isEqualTo("Making sense");
    assertThat(line.segments()).as("waves 1–2, then 4–5 after the gap").hasSize(2);
    assertThat(line.segments().getFirst().split(" ")).hasSize(2);
    assertThat(line.dots()).hasSize(4);
    assertThat(line.dots().get(1).y())
        .isCloseTo(TrendChart.BOTTOM - 0.5 * (TrendChart.BOTTOM - TrendChart.TOP), within());
    assertThat(line.dots().get(1).title()).isEqualTo("Wave 2 – Making sense: mean 5.0");
    TrendChart.Line effort = chart.lines().get(1);
    assertThat(effort.segments()).isEmpty();
    assertThat(effort.dots()).isEmpty();
    assertThat(effort.marker()).isNotEqualTo(line.marker());
    assertThat(effort.dash()).isNotEqualTo(line.dash());
    assertThat(chart.hidden()).isEqualTo(1 + 5);
  }

  @Test
  void aSeriesOfOneWaveHasNoChart() {
    ResultSheet.TrendPoint only =
        new ResultSheet.TrendPoint(
            UUID.randomUUID(),
            "Baseline",
            LocalDate.of(2026, 1, 1),
            ResultSheet.Row.WHOLE,
            Map.of("sense", new ResultFigure(false, 12, 3.0, Map.of())));
    assertThat(TrendChart.of(sheet(List.of(only)), Locale.ENGLISH, row -> "All", f -> ""))
        .isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.1);
  }

  private static ResultSheet sheet(List<ResultSheet.TrendPoint> trend) {
    ResultWave wave =
        new ResultWave(
            UUID.randomUUID(),
            "Wave 1",
            new InstrumentId(UUID.randomUUID()),
            UUID.randomUUID(),
            true,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 21),
            "OPEN",
            10,
            0,
            0);
    return new ResultSheet(
        wave,
        SAMPLE,
        ResultBreakdown.UNIT,
        List.of(ResultSheet.Row.WHOLE),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        trend,
        Map.of());
  }
}
