package org.uptake.organisation;

import java.util.Objects;
import java.util.UUID;

/** The id of a unit (a ward, a health centre team, a home-care area). */
public record UnitId(UUID value) {

  public UnitId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
