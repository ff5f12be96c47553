package org.uptake.determinant;

import java.util.Objects;
import java.util.UUID;

/** The id of a barrier or facilitator in the determinant register. */
public record DeterminantId(UUID value) {

  public DeterminantId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
