package org.uptake.organisation;

import java.util.Objects;
import java.util.UUID;

/** The id of a member of staff. */
public record StaffId(UUID value) {

  public StaffId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
