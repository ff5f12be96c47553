package org.uptake.usage;

import java.util.Objects;
import java.util.UUID;

/** The id of one committed usage import (a file, or one batch of a stream). */
public record UsageImportId(UUID value) {

  public UsageImportId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
