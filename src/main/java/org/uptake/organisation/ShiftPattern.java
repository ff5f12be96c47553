package org.uptake.organisation;

import java.util.Locale;
import java.util.Optional;

/** When a person works: it decides when they can be reached for training and support. */
public enum ShiftPattern {
  DAY,
  TWO_SHIFT,
  THREE_SHIFT,
  NIGHT,
  ON_CALL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "shift." + code();
  }

  public static Optional<ShiftPattern> fromCode(String code) {
    for (ShiftPattern pattern : values()) {
      if (pattern.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }
}
