package org.uptake.determinant;

import java.util.List;
import org.uptake.framework.Strategy;

/** A strategy as it ranks for one barrier: its score and the reasons, strongest first. */
public record RankedStrategy(Strategy strategy, int score, List<RankingReason> reasons) {

  public RankedStrategy {
    reasons = List.copyOf(reasons);
  }
}
