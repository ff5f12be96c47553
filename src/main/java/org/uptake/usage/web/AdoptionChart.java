package org.uptake.usage.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * The geometry of a bar chart drawn as inline SVG, in percentages of the drawing, so that the page
 * needs no script and the chart scales to a phone's width.
 */
final class AdoptionChart {

  /** One bar: its label, the figure written beside it, and where it is drawn (percentages). */
  record Bar(String label, String text, double x, double y, double width, double height) {}

  private AdoptionChart() {}

  /**
   * Upright bars, one per value, scaled so that the largest reaches the top (or 100 %); their
   * values written as the reader's language writes numbers ("63,2" in Finnish).
   */
  static List<Bar> columns(
      List<String> labels, List<@Nullable BigDecimal> values, double max, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    List<Bar> bars = new ArrayList<>();
    int n = Math.max(1, values.size());
    double top = Math.max(max, 1e-9);
    double slot = 100.0 / n;
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      double height = value == null ? 0 : Math.min(100, value.doubleValue() * 100 / top);
      bars.add(
          new Bar(
              labels.get(i),
              value == null ? "–" : number.format(value),
              round(i * slot + slot * 0.1),
              round(100 - height),
              round(slot * 0.8),
              round(height)));
    }
    return bars;
  }

  /**
   * The inside of the chart's {@code <svg>}: a base line and the bars, each with a title (its
   * label, its figure and {@code suffix}, escaped as the template escapes text), written once here
   * rather than by the template for each of up to a hundred bars.
   */
  static String svg(List<Bar> bars, String suffix) {
    StringBuilder svg = new StringBuilder(120 + bars.size() * 110);
    svg.append(
        "<line x1=\"0\" y1=\"100%\" x2=\"100%\" y2=\"100%\" stroke=\"#4a5360\""
            + " stroke-width=\"1\"/>");
    for (Bar b : bars) {
      svg.append("\n<rect fill=\"#1f5fa8\" x=\"")
          .append(b.x())
          .append("%\" y=\"")
          .append(b.y())
          .append("%\" width=\"")
          .append(b.width())
          .append("%\" height=\"")
          .append(b.height())
          .append("%\"><title>")
          .append(HtmlEscape.escapeHtml4Xml(b.label() + ": " + b.text() + suffix))
          .append("</title></rect>");
    }
    return svg.append('\n').toString();
  }

  /** The largest value, at least 1. */
  static double max(List<@Nullable BigDecimal> values) {
    return values.stream()
        .filter(v -> v != null)
        .mapToDouble(BigDecimal::doubleValue)
        .max()
        .orElse(1);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
