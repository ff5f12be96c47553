package org.uptake.risk;

import java.util.Objects;
import java.util.UUID;

/** The id of a risk in the register. */
public record RiskId(UUID value) {

  public RiskId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
