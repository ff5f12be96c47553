package org.uptake.implementation;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of an implementation: one digital service being brought into the organisation's routine
 * work.
 */
public record ImplementationId(UUID value) {

  public ImplementationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
