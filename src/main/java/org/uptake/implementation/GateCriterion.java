package org.uptake.implementation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a unit must have in place before it goes live ("80% of nurses trained", "reception
 * scripts updated"), and, once met, who confirmed it and on which day.
 */
public record GateCriterion(
    GateCriterionId id,
    String text,
    boolean met,
    @Nullable Person confirmedBy,
    @Nullable LocalDate confirmedOn) {

  public GateCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (met != (confirmedBy != null && confirmedOn != null)) {
      throw new IllegalArgumentException(
          "a met criterion has a confirmer and a date, an unmet one neither");
    }
  }

  public static GateCriterion unmet(GateCriterionId id, String text) {
    return new GateCriterion(id, text, false, null, null);
  }

  public GateCriterion confirm(Person by, LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw new PlanRuleException("confirmedOn", "gate.error.future", today);
    }
    return new GateCriterion(id, text, true, by, on);
  }

  public GateCriterion withdraw() {
    return unmet(id, text);
  }
}
