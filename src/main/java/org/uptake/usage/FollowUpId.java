package org.uptake.usage;

import java.util.Objects;
import java.util.UUID;

/** The id of one follow-up. */
public record FollowUpId(UUID value) {

  public FollowUpId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
