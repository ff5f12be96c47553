package org.uptake.determinant;

import java.util.Objects;
import java.util.UUID;

/** The id of a consultation of a needs assessment. */
public record ConsultationId(UUID value) {

  public ConsultationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
