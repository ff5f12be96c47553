package org.uptake.survey.wave;

import java.util.Objects;
import java.util.UUID;

/** The id of a survey wave in an organisation. */
public record WaveId(UUID value) {

  public WaveId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
