package org.uptake.implementation;

import java.util.Objects;
import java.util.UUID;

/** The id of a digital service (online consultations, a remote monitoring platform). */
public record DigitalServiceId(UUID value) {

  public DigitalServiceId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
