package org.uptake.implementation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/** What a lead enters for an activity. */
public record ActivityDetails(
    String title,
    @Nullable String description,
    @Nullable PhaseName phase,
    @Nullable UnitId unit,
    RaciAssignment raci) {

  public ActivityDetails {
    Objects.requireNonNull(raci, "raci");
    title = Text.required(title, "title");
    description = Text.optional(description);
  }
}
