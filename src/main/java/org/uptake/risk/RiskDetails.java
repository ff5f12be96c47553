package org.uptake.risk;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a risk. Checked here, so no risk without a description, a group it
 * affects, or a likelihood and impact from 1 to 5 can exist.
 *
 * @param affectsOther who else, when {@link AffectedGroup#OTHER} is among the groups
 */
public record RiskDetails(
    String description,
    Set<AffectedGroup> affects,
    @Nullable String affectsOther,
    int likelihood,
    int impact,
    RiskStatus status) {

  public RiskDetails {
    if (description.isBlank()) {
      throw new IllegalArgumentException("A risk needs a description");
    }
    description = description.strip();
    affects = Set.copyOf(affects);
    if (affects.isEmpty()) {
      throw new IllegalArgumentException("A risk must affect someone");
    }
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
      throw new IllegalArgumentException("Likelihood and impact go from 1 to 5");
    }
    affectsOther = affectsOther == null || affectsOther.isBlank() ? null : affectsOther.strip();
  }

  /** Likelihood times impact, 1 to 25. */
  public int score() {
    return likelihood * impact;
  }

  /** The band of the score, as risk matrices colour it: low up to 4, high from 12. */
  public String band() {
    int score = score();
    return score >= 12 ? "high" : score >= 5 ? "medium" : "low";
  }
}
