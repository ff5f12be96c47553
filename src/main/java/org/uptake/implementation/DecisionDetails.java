package org.uptake.implementation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;

/** What a lead enters in the decision log. */
public record DecisionDetails(
    String summary,
    @Nullable String rationale,
    AccountId decidedBy,
    LocalDate decidedOn,
    @Nullable ActivityId activity) {

  public DecisionDetails {
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedOn, "decidedOn");
    summary = Text.required(summary, "summary");
    rationale = Text.optional(rationale);
  }
}
