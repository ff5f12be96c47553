package org.uptake.survey;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a results table: how many people it covers, their mean and, for an item, how many
 * gave each answer (keyed by the point, the opt-out code or the choice code). A suppressed figure
 * carries none of these.
 *
 * @param mean null if suppressed or if no one answered with a number
 */
public record ResultFigure(
    boolean suppressed, int n, @Nullable Double mean, Map<String, Integer> distribution) {

  private static final ResultFigure SUPPRESSED = new ResultFigure(true, 0, null, Map.of());

  public ResultFigure {
    distribution = Map.copyOf(distribution);
  }

  public static ResultFigure hidden() {
    return SUPPRESSED;
  }

  /** How many gave the answer, 0 if none. */
  public int count(String answer) {
    return distribution.getOrDefault(answer, 0);
  }

  /** The share of the figure's people who gave the answer, 0–100. */
  public double percent(String answer) {
    return n == 0 ? 0 : 100.0 * count(answer) / n;
  }
}
