package org.uptake.survey;

import java.util.Objects;
import java.util.UUID;

/** The id of one version of an instrument in an organisation. */
public record InstrumentId(UUID value) {

  public InstrumentId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
