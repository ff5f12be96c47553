package org.uptake.implementation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a lead enters for an implementation: its name, the goal it serves, where it stands, when it
 * began.
 */
public record ImplementationDetails(
    String name,
    @Nullable String goal,
    ImplementationStatus status,
    @Nullable LocalDate startDate) {

  public ImplementationDetails {
    Objects.requireNonNull(status, "status");
    name = Text.required(name, "name");
    goal = Text.optional(goal);
  }
}
