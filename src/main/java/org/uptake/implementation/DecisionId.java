package org.uptake.implementation;

import java.util.Objects;
import java.util.UUID;

/** The id of an entry in an implementation's decision log. */
public record DecisionId(UUID value) {

  public DecisionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
