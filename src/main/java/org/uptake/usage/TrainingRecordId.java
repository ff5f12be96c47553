package org.uptake.usage;

import java.util.UUID;

/** One person's training on one day for one implementation. */
public record TrainingRecordId(UUID value) {

  @Override
  public String toString() {
    return value.toString();
  }
}
