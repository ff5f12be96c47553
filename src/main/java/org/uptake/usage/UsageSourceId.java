package org.uptake.usage;

import java.util.Objects;
import java.util.UUID;

/** The id of a usage source. */
public record UsageSourceId(UUID value) {

  public UsageSourceId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
