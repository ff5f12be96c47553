package org.uptake.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.uptake.survey.Construct;
import org.uptake.survey.Instrument;
import org.uptake.survey.Item;
import org.uptake.survey.ResultFigure;
import org.uptake.survey.ResultSheet;

/**
 * The trend across a series drawn as inline SVG: one line per construct over the waves, in the
 * units of a 640 × 260 drawing that scales to the page's width, so the page needs no script. A wave
 * whose figure is hidden (a small group) breaks the line: a gap, never a guess. Lines differ by
 * colour, dash and marker shape, so they are told apart without colour too; the table under the
 * chart gives the same figures for screen readers. Plain Java.
 */
final class TrendChart {

  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  static final double LEFT = 44;
  static final double RIGHT = 628;
  static final double TOP = 14;
  static final double BOTTOM = 216;

  private static final List<String> COLOURS =
      List.of("#1f4e79", "#a34700", "#2e6b30", "#6a1b9a", "#a11d33", "#37474f");
  private static final List<String> DASHES = List.of("", "8 4", "2 4", "10 4 2 4", "4 4", "1 3");
  private static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond");

  /** One chart: for the whole series, or for one unit a manager sees. */
  record Chart(
      String title, List<Line> lines, List<Tick> ticks, List<WaveLabel> waves, int hidden) {}

  /**
   * A construct's line: its segments (SVG {@code points}, one per run of shown waves) and a marker
   * at each shown wave.
   */
  record Line(
      String label,
      String colour,
      String dash,
      String marker,
      List<String> segments,
      List<Dot> dots) {

    /** The marker drawn in the middle of the legend's 34 × 12 sample. */
    public String legendPath() {
      return path(marker, 17, 6);
    }
  }

  /** A shown figure: where it is, the marker's path there, and its text (a tooltip). */
  record Dot(double x, double y, String path, String title) {}

  /** A value on the scale and where its grid line is. */
  record Tick(double y, String text) {}

  /** A wave's name under its place on the axis. */
  record WaveLabel(double x, String text) {}

  private TrendChart() {}

  /**
   * The charts of a sheet's trend, one per row of the trend (whole series, or each unit), for a
   * series of at least two waves; none otherwise.
   *
   * @param rowLabel the name of a trend row, as the table writes it
   * @param figureText the text of a shown figure, as the table writes it
   */
  static List<Chart> of(
      ResultSheet sheet,
      Locale locale,
      Function<ResultSheet.Row, String> rowLabel,
      Function<ResultFigure, String> figureText) {
    Map<ResultSheet.Row, List<ResultSheet.TrendPoint>> byRow = new LinkedHashMap<>();
    for (ResultSheet.TrendPoint point : sheet.trend()) {
      byRow.computeIfAbsent(point.row(), r -> new ArrayList<>()).add(point);
    }
    List<Chart> charts = new ArrayList<>();
    double[] range = range(sheet.instrument());
    for (var entry : byRow.entrySet()) {
      List<ResultSheet.TrendPoint> points = entry.getValue();
      if (points.size() < 2) {
        continue;
      }
      charts.add(
          chart(
              rowLabel.apply(entry.getKey()),
              points,
              sheet.instrument(),
              locale,
              range,
              figureText));
    }
    return charts;
  }

  private static Chart chart(
      String title,
      List<ResultSheet.TrendPoint> points,
      Instrument instrument,
      Locale locale,
      double[] range,
      Function<ResultFigure, String> figureText) {
    int n = points.size();
    double slot = (RIGHT - LEFT) / n;
    List<WaveLabel> waves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      waves.add(new WaveLabel(round(LEFT + slot * (i + 0.5)), points.get(i).name()));
    }
    List<Line> lines = new ArrayList<>();
    int hidden = 0;
    List<Construct> constructs = instrument.constructs();
    for (int c = 0; c < constructs.size(); c++) {
      Construct construct = constructs.get(c);
      String label = construct.label().in(locale);
      String marker = MARKERS.get(c % MARKERS.size());
      List<String> segments = new ArrayList<>();
      List<Dot> dots = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      int inRun = 0;
      for (int i = 0; i < n; i++) {
        ResultFigure figure = points.get(i).constructs().get(construct.code());
        Double mean = figure == null || figure.suppressed() ? null : figure.mean();
        if (mean == null) {
          hidden++;
          inRun = flush(segments, run, inRun);
          continue;
        }
        double x = round(LEFT + slot * (i + 0.5));
        double y = round(y(mean, range));
        run.append(inRun == 0 ? "" : " ").append(x).append(',').append(y);
        inRun++;
        dots.add(
            new Dot(
                x,
                y,
                path(marker, x, y),
                points.get(i).name() + " – " + label + ": " + figureText.apply(figure)));
      }
      flush(segments, run, inRun);
      lines.add(
          new Line(
              label,
              COLOURS.get(c % COLOURS.size()),
              DASHES.get(c % DASHES.size()),
              marker,
              segments,
              dots));
    }
    return new Chart(title, lines, ticks(range, locale), waves, hidden);
  }

  /** Ends a run of shown waves: a line of two or more points (one alone is only its marker). */
  private static int flush(List<String> segments, StringBuilder run, int inRun) {
    if (inRun >= 2) {
      segments.add(run.toString());
    }
    run.setLength(0);
    return 0;
  }

  /** The scale of the constructs' scores: from the lowest to the highest a score can take. */
  static double[] range(Instrument instrument) {
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (Construct construct : instrument.constructs()) {
      List<Item> items =
          instrument.items().stream().filter(i -> construct.code().equals(i.construct())).toList();
      double min;
      double max;
      switch (construct.rule()) {
        case SUS -> {
          min = 0;
          max = 100;
        }
        case SUM -> {
          min = items.stream().mapToInt(i -> i.type().min()).sum();
          max = items.stream().mapToInt(i -> i.type().max()).sum();
        }
        default -> {
          min = items.stream().mapToInt(i -> i.type().min()).min().orElse(0);
          max = items.stream().mapToInt(i -> i.type().max()).max().orElse(5);
        }
      }
      low = Math.min(low, min);
      high = Math.max(high, max);
    }
    if (low >= high) {
      return new double[] {0, Math.max(1, high)};
    }
    return new double[] {low, high};
  }

  private static List<Tick> ticks(double[] range, Locale locale) {
    double span = range[1] - range[0];
    double step = span <= 6 ? 1 : span <= 12 ? 2 : niceStep(span / 5);
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    List<Tick> ticks = new ArrayList<>();
    for (double v = range[0]; v <= range[1] + 1e-9; v += step) {
      ticks.add(new Tick(round(y(v, range)), format.format(v)));
    }
    return ticks;
  }

  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
      if (nice * power >= raw) {
        return nice * power;
      }
    }
    return 10 * power;
  }

  private static double y(double value, double[] range) {
    double share = (value - range[0]) / (range[1] - range[0]);
    return BOTTOM - Math.clamp(share, 0, 1) * (BOTTOM - TOP);
  }

  /** A marker's SVG path centred on the point: a circle, square, triangle or diamond. */
  private static String path(String marker, double x, double y) {
    return switch (marker) {
      case "square" -> "M" + round(x - 4) + " " + round(y - 4) + "h8v8h-8z";
      case "triangle" ->
          "M"
              + x
              + " "
              + round(y - 5)
              + "L"
              + round(x + 5)
              + " "
              + round(y + 4)
              + "H"
              + round(x - 5)
              + "z";
      case "diamond" ->
          "M"
              + x
              + " "
              + round(y - 5)
              + "L"
              + round(x + 5)
              + " "
              + y
              + "L"
              + x
              + " "
              + round(y + 5)
              + "L"
              + round(x - 5)
              + " "
              + y
              + "z";
      default -> "M" + round(x - 4.5) + " " + y + "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0z";
    };
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
