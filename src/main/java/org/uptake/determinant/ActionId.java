package org.uptake.determinant;

import java.util.Objects;
import java.util.UUID;

/** The id of an action of the action plan. */
public record ActionId(UUID value) {

  public ActionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
