package org.uptake.implementation;

import java.util.Objects;
import java.util.UUID;

/** The id of a gate criterion a unit must meet before it goes live. */
public record GateCriterionId(UUID value) {

  public GateCriterionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
