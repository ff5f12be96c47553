package org.uptake.implementation;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of an activity of an implementation plan, with its decider, doers, consulted and informed.
 */
public record ActivityId(UUID value) {

  public ActivityId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
