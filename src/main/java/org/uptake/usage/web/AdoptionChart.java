package org.uptake.usage.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
