package org.uptake.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a user enters for a unit. */
public record UnitDetails(String code, String name, @Nullable String description) {

  public UnitDetails {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    code = code.strip();
    name = name.strip();
    description = description == null || description.isBlank() ? null : description.strip();
    if (code.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("code and name are required");
    }
  }
}
